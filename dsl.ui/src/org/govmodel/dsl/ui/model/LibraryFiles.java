package org.govmodel.dsl.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.emf.common.util.URI;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.ui.GovModelUiPlugin;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The standard library's files live inside a bundle; to show one in an editor
 * (when a link leads there) it is copied, read-only, into the plug-in's state
 * folder. A copy is mapped back to its library URI so that, opened, it is the
 * library's own resource and not a second definition of the same names.
 */
@Singleton
public class LibraryFiles {

	@Inject
	private StandardLibrary library;

	/** The local, read-only copy of a library file. */
	public Path localCopy(URI libraryUri) {
		Path target = folder().resolve(libraryUri.lastSegment());
		try (InputStream in = new URL(libraryUri.toString()).openStream()) {
			Files.createDirectories(target.getParent());
			if (Files.exists(target)) {
				target.toFile().setWritable(true);
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			target.toFile().setWritable(false);
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The library URI of a local copy, or {@code null} if the location is not one. */
	public URI libraryUriOf(URI location) {
		if (!location.isFile()) {
			return library.contains(location) ? location : null;
		}
		Path path = Path.of(location.toFileString()).toAbsolutePath().normalize();
		if (!path.startsWith(folder())) {
			return null;
		}
		return library.uris().stream().filter(uri -> path.getFileName().toString().equals(uri.lastSegment())).findFirst().orElse(null);
	}

	public boolean isLibrary(URI uri) {
		return library.contains(uri);
	}

	private static Path folder() {
		return GovModelUiPlugin.getDefault().getStateLocation().toPath().resolve("library").toAbsolutePath().normalize();
	}
}
