package org.govmodel.dsl.loading;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.i18n.Messages;

/**
 * Why a file or folder could not be read, said so that its user can act on it, in the messages'
 * language: the kinds a user can do something about (no permission, gone, a loop of links) by
 * name and with what to do, any other failure by the operating system's own reason. Never a Java
 * exception's text: for a denied or missing file that is only the file's path, which tells nothing.
 */
final class IoReasons {

	/** How {@code java.io.FileNotFoundException} words it: the path, then the operating system's reason in brackets. */
	private static final Pattern OS_REASON = Pattern.compile(".* \\((.+)\\)");

	private IoReasons() {
	}

	static String of(Throwable failure, Messages messages) {
		return of(failure, null, messages);
	}

	/**
	 * @param file the file that was being read, when known: {@code java.io}'s streams (EMF's) say why they failed only
	 *             in the operating system's words after the path, so the file is looked at instead
	 */
	static String of(Throwable failure, Path file, Messages messages) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof FileNotFoundException && file != null) {
			if (Files.notExists(file)) {
				return messages.text("io.missing", "file", ModelFiles.display(file));
			}
			if (!Files.isReadable(file)) {
				return messages.text("io.denied", "file", ModelFiles.display(file));
			}
			Matcher reason = OS_REASON.matcher(String.valueOf(cause.getMessage()));
			if (reason.matches()) {
				return reason.group(1);
			}
		}
		if (cause instanceof AccessDeniedException denied) {
			return messages.text("io.denied", "file", shown(denied.getFile()));
		}
		if (cause instanceof NoSuchFileException missing) {
			return messages.text("io.missing", "file", shown(missing.getFile()));
		}
		if (cause instanceof FileSystemLoopException loop) {
			return messages.text("io.loop", "file", shown(loop.getFile()));
		}
		if (cause instanceof NotDirectoryException notFolder) {
			return messages.text("io.notFolder", "file", shown(notFolder.getFile()));
		}
		if (cause instanceof FileSystemException other && other.getReason() != null) {
			return other.getReason(); // the operating system's words ("Input/output error")
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? messages.text("io.unknown") : message;
	}

	private static String shown(String file) {
		return file == null ? "?" : ModelFiles.display(Path.of(file));
	}
}
