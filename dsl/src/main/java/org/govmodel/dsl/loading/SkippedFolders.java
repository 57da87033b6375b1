package org.govmodel.dsl.loading;

import java.nio.file.Path;
import java.util.Set;

/**
 * The one definition of the folders that hold no models or settings of the user's: build output
 * ({@code target/} of Maven, {@code bin/} of Eclipse), dependencies ({@code node_modules/}) and hidden
 * folders ({@code .git/}, {@code .settings/}, …). Every front end leaves them out when it looks for
 * model files (see docs/architecture.md, "Finding models and settings").
 */
public final class SkippedFolders {

	private static final Set<String> NAMES = Set.of("target", "bin", "node_modules");

	private SkippedFolders() {
	}

	/** Whether a folder of this name is passed over. */
	public static boolean isSkipped(String folderName) {
		return folderName.startsWith(".") || NAMES.contains(folderName);
	}

	/**
	 * Whether a file, given relative to the folder searched, lies in a skipped folder (or is itself
	 * hidden): also for files read from git or listed by an IDE.
	 */
	public static boolean contains(Path relative) {
		int count = relative.getNameCount();
		for (int i = 0; i < count; i++) {
			String name = relative.getName(i).toString();
			boolean folder = i < count - 1;
			if (folder ? isSkipped(name) : name.startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
