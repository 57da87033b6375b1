package org.govmodel.generators.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Walks and deletes the trees of an output folder, a folder per task on every core. A national model's output is over
 * 200,000 files in thousands of folders: one thread walking it (a {@code stat} per entry) or deleting it (an
 * {@code unlink} per file) left the other core idle for a second or two each time a run replaced its output.
 * Symbolic links are never followed: a link is listed or deleted as itself.
 */
final class FolderTrees {

	private FolderTrees() {
	}

	/**
	 * The files under the folder, relative to it with '/' between folders, in no particular order: regular files,
	 * and links to regular files (a link someone put there is a file GovModel did not write). Nothing when the
	 * folder is itself a link.
	 */
	static List<String> regularFiles(Path root) throws IOException {
		if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		Queue<String> files = new ConcurrentLinkedQueue<>();
		run(new Visit(root, (file, attributes) -> {
			if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
				files.add(root.relativize(file).toString().replace('\\', '/'));
			}
		}, false));
		return new ArrayList<>(files);
	}

	/**
	 * Deletes the folder and everything in it; a failure (a file that cannot be deleted) stops it and is thrown. A
	 * folder that is a link is deleted as the link: what it leads to is left as it is.
	 */
	static void delete(Path root) throws IOException {
		if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
			Files.delete(root);
			return;
		}
		run(new Visit(root, (file, attributes) -> {
			try {
				Files.delete(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, true));
	}

	private static void run(Visit visit) throws IOException {
		try {
			ForkJoinPool.commonPool().invoke(visit);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private interface EntryAction {
		void accept(Path entry, BasicFileAttributes attributes);
	}

	/** One folder: its entries handled here, its subfolders forked, and the folder itself deleted last when asked. */
	private static final class Visit extends RecursiveAction {

		private static final long serialVersionUID = 1L;

		private final transient Path folder;
		private final transient EntryAction action;
		private final boolean deleteFolders;

		Visit(Path folder, EntryAction action, boolean deleteFolders) {
			this.folder = folder;
			this.action = action;
			this.deleteFolders = deleteFolders;
		}

		@Override
		protected void compute() {
			List<Visit> subfolders = new ArrayList<>();
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
				for (Path entry : entries) {
					BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
					if (attributes.isDirectory()) {
						subfolders.add(new Visit(entry, action, deleteFolders));
					} else {
						action.accept(entry, attributes);
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (DirectoryIteratorException e) {
				throw new UncheckedIOException(e.getCause());
			}
			invokeAll(subfolders);
			if (deleteFolders) {
				try {
					Files.delete(folder);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
	}
}
