package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedException;
import org.govmodel.dsl.i18n.Messages;

/**
 * Finds the model files a user names: files as given, folders searched
 * recursively for {@code *.govmodel}, passing over {@link SkippedFolders}. The result is sorted and free of
 * duplicates, so every run sees the files in the same order.
 */
public final class ModelFiles {

	public static final String EXTENSION = ".govmodel";

	private ModelFiles() {
	}

	/**
	 * @throws UnreadablePathException when a path does not exist or cannot be read
	 */
	public static List<Path> collect(List<Path> paths) throws UnreadablePathException {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : paths) {
			Path normalized = path.toAbsolutePath().normalize();
			if (!Files.exists(normalized)) {
				throw new UnreadablePathException("path.missing", "path", path.toString());
			}
			if (!Files.isReadable(normalized)) {
				throw new UnreadablePathException("path.denied", "path", path.toString());
			}
			if (Files.isDirectory(normalized)) {
				files.addAll(modelsUnder(path, normalized));
			} else {
				files.add(normalized);
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> modelsUnder(Path named, Path folder) throws UnreadablePathException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
					.filter(Files::isRegularFile)
					.filter(p -> !SkippedFolders.contains(folder.relativize(p)))
					.toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new UnlistableFolderException(named.toString(), e);
		}
	}

	/**
	 * How a model file named by its resource's URI is shown to the user: a file as {@link #display(Path)} shows it,
	 * a workspace resource (Eclipse) by its path in the workspace, anything else by its last segment; always
	 * decoded, as the user wrote the name, for the output format to escape.
	 */
	public static String display(URI uri) {
		if (uri.isFile()) {
			return display(Path.of(uri.toFileString()));
		}
		if (uri.isPlatformResource()) {
			return uri.toPlatformString(true).substring(1);
		}
		return URI.decode(uri.lastSegment());
	}

	/** How a file is shown to the user: relative to the working directory when inside it. */
	public static String display(Path file) {
		Path cwd = Path.of("").toAbsolutePath();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
	}

	/** A named path that cannot be used. */
	public static class UnreadablePathException extends LocalizedException {
		private static final long serialVersionUID = 1L;

		UnreadablePathException(String key, Object... arguments) {
			super(key, arguments);
		}
	}

	/** A named folder that cannot be walked, with the reason in the reader's language ({@link IoReasons}). */
	static final class UnlistableFolderException extends UnreadablePathException {
		private static final long serialVersionUID = 1L;

		private final String path;

		UnlistableFolderException(String path, Exception failure) {
			super("path.unlistable", "path", path, "reason", IoReasons.of(failure, DiagnosticLanguage.messages(Language.EN)));
			this.path = path;
			initCause(failure);
		}

		@Override
		public String message(Language language) {
			Messages messages = DiagnosticLanguage.messages(language);
			return messages.text("path.unlistable", "path", path, "reason", IoReasons.of(getCause(), messages));
		}
	}
}
