package org.govmodel.generators.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output a run replaces, whose files the new output takes over where their bytes have not changed: the new
 * output's file becomes a second (hard) link to the earlier one instead of a new file.
 * <p>
 * Why: a national model's output is over 200,000 small files, and a run that wrote each one anew and then deleted
 * the earlier copy spent most of its time in the file system, not in GovModel (a second 100k run took 104 s against
 * 45 s for the first: creating files where the last run's were just freed is slow on ext4, and so is freeing them).
 * A link needs no new file and its deletion frees none. It also keeps an unchanged page's time stamp, so a
 * publishing step that copies what changed (rsync, a web server's Last-Modified) sees only the pages that did.
 * <p>
 * Only the files the earlier run listed in its marker are taken, only regular files (not links a user put in their
 * place), only from folders that are really inside the earlier output (not reached through a symbolic link), and
 * only after their bytes are compared with the new ones. Where a link cannot be made (a file system without
 * hard links, another device), the file is written as before.
 */
final class EarlierOutput {

	private static final EarlierOutput NONE = new EarlierOutput(null, Set.of());

	private final Path folder;
	private final Set<String> files;
	/** Per folder of the earlier output: whether it is a real folder inside it; asked once per folder, not per file. */
	private final Map<Path, Boolean> inside = new ConcurrentHashMap<>();

	private EarlierOutput(Path folder, Set<String> files) {
		this.folder = folder;
		this.files = files;
	}

	/** The earlier output in {@code folder}, whose marker lists the files it wrote; one that takes over nothing if it lists none. */
	static EarlierOutput in(Path folder, Optional<Set<String>> listedFiles) throws IOException {
		if (listedFiles.isEmpty() || listedFiles.get().isEmpty() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return NONE;
		}
		return new EarlierOutput(folder.toRealPath(), listedFiles.get());
	}

	/**
	 * Puts the earlier output's copy of {@code file} at {@code destination} when it holds exactly {@code content}.
	 *
	 * @return whether it did; when not, nothing was created and the caller writes the file
	 */
	boolean takeOverIfUnchanged(String file, byte[] content, Path destination) {
		if (!files.contains(file)) {
			return false;
		}
		Path earlier = folder.resolve(file).normalize();
		try {
			if (!isRealFolderInside(earlier.getParent())) {
				return false;
			}
			BasicFileAttributes attributes = Files.readAttributes(earlier, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (!attributes.isRegularFile() || attributes.size() != content.length || !Arrays.equals(Files.readAllBytes(earlier), content)) {
				return false;
			}
			Files.createLink(destination, earlier);
			return true;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false; // gone since the marker was written, or no hard links here: the file is written instead
		}
	}

	private boolean isRealFolderInside(Path parent) {
		return parent != null && parent.startsWith(folder) && inside.computeIfAbsent(parent, p -> {
			try {
				return p.toRealPath().equals(p);
			} catch (IOException e) {
				return false;
			}
		});
	}
}
