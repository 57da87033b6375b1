package org.govmodel.generators;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

/**
 * The files a generator produces: relative path to content, in sorted order so
 * that runs are byte-for-byte repeatable. Paths use '/' and are built from
 * names that {@link org.govmodel.generators.output.FolderNames} made safe and
 * distinct, so two artifacts for one path are a defect of a generator.
 * <p>
 * Most files are text (UTF-8 when written); images and documents (PNG, PDF) are
 * added as bytes. Text and binary files share one set of paths.
 */
public final class Artifacts {

	private final Map<String, String> files = new TreeMap<>();

	private final Map<String, byte[]> binaries = new TreeMap<>();

	private final Map<String, Page> pages = new TreeMap<>();

	/**
	 * What an HTML page is about, so that a later run can send its readers to the element's new page after a
	 * rename ({@link org.govmodel.generators.site.PageRedirects}).
	 *
	 * @param element the element the page describes
	 * @param role    which of the element's pages it is ("body", "scorecard", or for a jurisdiction the page's path
	 *                in its site, "tiers/strategic.html")
	 */
	public record Page(EObject element, String role) {
	}

	public void add(String path, String content) {
		if (binaries.containsKey(path) || files.putIfAbsent(path, content) != null) {
			throw new IllegalStateException("two artifacts for " + path);
		}
	}

	/** A file that is not text, such as a PNG image or a PDF document. */
	public void addBinary(String path, byte[] content) {
		if (files.containsKey(path) || binaries.putIfAbsent(path, content.clone()) != null) {
			throw new IllegalStateException("two artifacts for " + path);
		}
	}

	/** Records that the page at {@code path} (added or to be added) describes {@code element}. */
	public void describe(String path, EObject element, String role) {
		pages.put(path, new Page(element, role));
	}

	/** The pages that describe an element, by path. */
	public Map<String, Page> pages() {
		return Collections.unmodifiableMap(pages);
	}

	/** The text files. */
	public Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	/** The binary files. */
	public Map<String, byte[]> binaries() {
		return Collections.unmodifiableMap(binaries);
	}

	/** Every file's path, text and binary, sorted. */
	public SortedSet<String> paths() {
		SortedSet<String> paths = new TreeSet<>(files.keySet());
		paths.addAll(binaries.keySet());
		return Collections.unmodifiableSortedSet(paths);
	}

	/** Every file as the bytes written to disk (text as UTF-8), sorted by path. */
	public Map<String, byte[]> contents() {
		Map<String, byte[]> contents = new TreeMap<>(binaries);
		files.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return Collections.unmodifiableMap(contents);
	}
}
