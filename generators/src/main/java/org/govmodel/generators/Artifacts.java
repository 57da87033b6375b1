package org.govmodel.generators;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The files a generator produces: relative path to content, in sorted order so
 * that runs are byte-for-byte repeatable. Paths use '/' and are built from
 * names that {@link org.govmodel.generators.output.FolderNames} made safe and
 * distinct, so two artifacts for one path are a defect of a generator.
 * <p>
 * Most files are text (UTF-8 when written); images and documents (PNG, PDF) are
 * added as bytes. Text and binary files share one set of paths.
 * <p>
 * Generators may add files from several threads (one per subject): the maps are
 * concurrent and sorted, so the result does not depend on the order of the adds.
 */
public final class Artifacts {

	/** Where files go as they are added, instead of memory. */
	public interface Sink {
		/** @throws java.io.UncheckedIOException when the file cannot be written */
		void write(String path, byte[] content);
	}

	private final Sink sink;

	/** Only the paths of what the sink wrote. */
	private final Set<String> written = ConcurrentHashMap.newKeySet();

	private final Map<String, String> files = new ConcurrentSkipListMap<>();

	private final Map<String, byte[]> binaries = new ConcurrentSkipListMap<>();

	/** Files kept in memory. */
	public Artifacts() {
		this(null);
	}

	private Artifacts(Sink sink) {
		this.sink = sink;
	}

	/**
	 * Files written to the sink as they are added (a national model's reports are more than a gigabyte of text): only
	 * their paths are kept, and {@link #files()}, {@link #binaries()}, {@link #contents()} and {@link #bytes} are empty.
	 */
	public static Artifacts writingTo(Sink sink) {
		return new Artifacts(sink);
	}

	public void add(String path, String content) {
		if (sink != null) {
			writeOnce(path, content.getBytes(StandardCharsets.UTF_8));
		} else if (binaries.containsKey(path) || files.putIfAbsent(path, content) != null) {
			throw new IllegalStateException("two artifacts for " + path);
		}
	}

	/** A file that is not text, such as a PNG image or a PDF document. */
	public void addBinary(String path, byte[] content) {
		if (sink != null) {
			writeOnce(path, content.clone());
		} else if (files.containsKey(path) || binaries.putIfAbsent(path, content.clone()) != null) {
			throw new IllegalStateException("two artifacts for " + path);
		}
	}

	private void writeOnce(String path, byte[] content) {
		if (!written.add(path)) {
			throw new IllegalStateException("two artifacts for " + path);
		}
		sink.write(path, content);
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
		SortedSet<String> paths = new TreeSet<>(written);
		paths.addAll(files.keySet());
		paths.addAll(binaries.keySet());
		return Collections.unmodifiableSortedSet(paths);
	}

	/** Every file as the bytes written to disk (text as UTF-8), sorted by path. */
	public Map<String, byte[]> contents() {
		Map<String, byte[]> contents = new TreeMap<>(binaries);
		files.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return Collections.unmodifiableMap(contents);
	}

	/**
	 * One file as the bytes written to disk (text as UTF-8), encoded when asked, so that writing a national model's
	 * reports does not hold every file twice.
	 */
	public byte[] bytes(String path) {
		String text = files.get(path);
		if (text != null) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		byte[] binary = binaries.get(path);
		if (binary == null) {
			throw new IllegalArgumentException("no artifact " + path);
		}
		return binary.clone();
	}
}
