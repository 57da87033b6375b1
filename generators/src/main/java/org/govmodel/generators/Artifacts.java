package org.govmodel.generators;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.emf.ecore.EObject;

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
 * The paths alone are kept unsorted and sorted when asked for: a national model
 * adds two hundred thousand, and keeping them in order as they came cost more
 * than sorting them once, on every core, at the end.
 */
public final class Artifacts {

	/** Where files go as they are added, instead of memory. */
	public interface Sink {
		/** @throws java.io.UncheckedIOException when the file cannot be written */
		void write(String path, byte[] content);
	}

	private final Sink sink;

	/** Every file's path, text and binary, in memory or written. */
	private final Set<String> paths = ConcurrentHashMap.newKeySet();

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

	private final Map<String, Page> pages = new ConcurrentSkipListMap<>();

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
		claim(path);
		if (sink != null) {
			sink.write(path, content.getBytes(StandardCharsets.UTF_8));
		} else {
			files.put(path, content);
		}
	}

	/** A file that is not text, such as a PNG image or a PDF document. */
	public void addBinary(String path, byte[] content) {
		claim(path);
		if (sink != null) {
			sink.write(path, content.clone());
		} else {
			binaries.put(path, content.clone());
		}
	}

	private void claim(String path) {
		if (!paths.add(path)) {
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

	/** Every file's path, text and binary, sorted: the files added so far. */
	public List<String> paths() {
		String[] sorted = paths.toArray(String[]::new);
		Arrays.parallelSort(sorted);
		return Collections.unmodifiableList(Arrays.asList(sorted));
	}

	/** Whether a file has been added at the path. */
	public boolean contains(String path) {
		return paths.contains(path);
	}

	/** How many files have been added. */
	public int count() {
		return paths.size();
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
