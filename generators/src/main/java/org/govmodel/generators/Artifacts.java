package org.govmodel.generators;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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
