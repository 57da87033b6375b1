package org.govmodel.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace root of a server whose client opened no folder: an empty folder made for the process and removed
 * when it ends, so the workspace holds nothing but the files the client opens.
 */
final class EmptyWorkspace {

	private EmptyWorkspace() {
	}

	static Path folder() {
		try {
			Path folder = Files.createTempDirectory("govmodel-no-folder-");
			folder.toFile().deleteOnExit();
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create an empty workspace folder for a client that opened no folder", e);
		}
	}
}
