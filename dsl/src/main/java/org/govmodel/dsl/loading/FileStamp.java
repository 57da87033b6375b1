package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looked like on disk (its modification time and size, or that it was missing): to
 * tell whether it may have changed since without reading it again.
 */
public record FileStamp(FileTime modified, long size) {

	private static final FileStamp MISSING = new FileStamp(FileTime.fromMillis(0), -1);

	/** The file's stamp now; the same "missing" stamp for every file that cannot be read. */
	public static FileStamp of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new FileStamp(attributes.lastModifiedTime(), attributes.size());
		} catch (IOException e) {
			return MISSING;
		}
	}
}
