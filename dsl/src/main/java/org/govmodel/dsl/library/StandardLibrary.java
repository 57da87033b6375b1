package org.govmodel.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.google.inject.Singleton;

/**
 * The models shipped with the language: the ECLAC maturity framework, the
 * governance tiers, the cross-cutting solution kinds, portfolios and further
 * frameworks. They are ordinary {@code .govmodel} files under
 * {@value #FOLDER} on the classpath, listed in its {@code index} file (a jar
 * cannot be listed), so users can read them and write their own alike.
 */
@Singleton
public class StandardLibrary {

	public static final String FOLDER = "govmodel/library/";

	private final List<URI> uris;

	public StandardLibrary() {
		this.uris = List.copyOf(locate(StandardLibrary.class.getClassLoader()));
	}

	/** The library files, in index order. */
	public List<URI> uris() {
		return uris;
	}

	/** Whether a resource belongs to the library (and so is not the user's to report on). */
	public boolean contains(URI uri) {
		return uris.contains(uri);
	}

	/** Adds the library files to a resource set (once), so user models can link against them. */
	public void loadInto(ResourceSet resourceSet) {
		// created on this thread (the resource set's list is not safe from several), then parsed on every
		// core: the files are independent until linked, and every short command line run waits for them first
		List<Resource> fresh = new ArrayList<>();
		for (URI uri : uris) {
			if (resourceSet.getResource(uri, false) == null) {
				fresh.add(resourceSet.createResource(uri));
			}
		}
		fresh.parallelStream().forEach(resource -> load(resource, resourceSet));
	}

	private static void load(Resource resource, ResourceSet resourceSet) {
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the GovModel library file " + resource.getURI(), e);
		}
	}

	private static List<URI> locate(ClassLoader loader) {
		List<URI> result = new ArrayList<>();
		for (String file : indexEntries(loader)) {
			URL url = loader.getResource(FOLDER + file);
			if (url == null) {
				throw new IllegalStateException("The GovModel library index names " + file + ", which is not on the classpath.");
			}
			result.add(URI.createURI(url.toString()));
		}
		return result;
	}

	/** The file names listed in the library's index, in order. */
	public static List<String> indexEntries(ClassLoader loader) {
		try (InputStream in = loader.getResourceAsStream(FOLDER + "index")) {
			if (in == null) {
				throw new IllegalStateException("The GovModel library index " + FOLDER + "index is not on the classpath.");
			}
			List<String> entries = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isBlank() && !line.startsWith("#")) {
						entries.add(line.strip());
					}
				}
			}
			return entries;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
