package org.govmodel.generators.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output a run replaces, whose files the new output takes over where their bytes have not changed: the new
 * output's file becomes a second (hard) link to the earlier one instead of a new file.
 * <p>
 * Why: a national model's output is over 200,000 small files, and a run that wrote each one anew and then deleted
 * the earlier copy spent most of its time in the file system, not in GovModel (a second 100k run took 88 s against
 * 45 s for the first: creating files where the last run's were just freed is slow on ext4, and so is freeing them).
 * A link needs no new file and its deletion frees none. It also keeps an unchanged page's time stamp, so a
 * publishing step that copies what changed (rsync, a web server's Last-Modified) sees only the pages that did.
 * <p>
 * A file taken over must be exactly what writing it would have made: only files the earlier run listed in its
 * marker, only regular files (not links a user put in their place) in folders really inside the earlier output
 * (not reached through a symbolic link), with no other link to them (a hard link from outside would tie the new
 * output to that file), with the permissions and owner a file written now gets (this run's umask), and only after
 * their bytes are compared. Where a link cannot be made (a file system without hard links), the file is written.
 */
final class EarlierOutput {

	/** What a file written now gets; compared on file systems with the "unix" attribute view. */
	private static final String UNIX_ATTRIBUTES = "unix:mode,uid,nlink";

	private static final EarlierOutput NONE = new EarlierOutput(null, Set.of(), null);

	private final Path folder;
	private final Set<String> files;
	/** The mode and owner of a file this run wrote, or null where the file system has no "unix" view. */
	private final Map<String, Object> newFile;
	/** Per folder of the earlier output: whether it is a real folder inside it; asked once per folder, not per file. */
	private final Map<Path, Boolean> inside = new ConcurrentHashMap<>();

	private EarlierOutput(Path folder, Set<String> files, Map<String, Object> newFile) {
		this.folder = folder;
		this.files = files;
		this.newFile = newFile;
	}

	/**
	 * The earlier output in {@code folder}, whose marker lists the files it wrote; one that takes over nothing if it
	 * lists none.
	 *
	 * @param writtenNow a file this run has just written (its permissions and owner are what a taken-over file must have)
	 */
	static EarlierOutput in(Path folder, Optional<Set<String>> listedFiles, Path writtenNow) {
		if (listedFiles.isEmpty() || listedFiles.get().isEmpty() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return NONE;
		}
		try {
			Map<String, Object> newFile = hasUnixView(writtenNow) ? Files.readAttributes(writtenNow, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS) : null;
			return new EarlierOutput(folder.toRealPath(), listedFiles.get(), newFile);
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return NONE; // every file is written, as before there was anything to take over
		}
	}

	private static boolean hasUnixView(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("unix");
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
			if (!isRealFolderInside(earlier.getParent()) || !isAsIfWrittenNow(earlier, content.length)
					|| !Arrays.equals(Files.readAllBytes(earlier), content)) {
				return false;
			}
			Files.createLink(destination, earlier);
			return true;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false; // gone since the marker was written, or no hard links here: the file is written instead
		}
	}

	private boolean isAsIfWrittenNow(Path earlier, int size) throws IOException {
		// one lstat either way: the "basic" view's size and type come with the "unix" view's
		Map<String, Object> attributes = Files.readAttributes(earlier, newFile == null ? "size,isRegularFile" : UNIX_ATTRIBUTES + ",size,isRegularFile",
				LinkOption.NOFOLLOW_LINKS);
		if (!Boolean.TRUE.equals(attributes.get("isRegularFile")) || ((Long) attributes.get("size")) != size) {
			return false;
		}
		return newFile == null || Objects.equals(attributes.get("nlink"), 1) && Objects.equals(attributes.get("mode"), newFile.get("mode"))
				&& Objects.equals(attributes.get("uid"), newFile.get("uid"));
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
