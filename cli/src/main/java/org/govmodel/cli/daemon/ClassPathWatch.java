package org.govmodel.cli.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files this JVM's classes come from, as they were when it started. A jar
 * rebuilt under a running JVM would hand it classes of another build (or a
 * broken zip), so the background process ends as soon as one changes.
 */
final class ClassPathWatch {

	private record Stamp(Path path, String seen) {
	}

	private final List<Stamp> stamps;

	private ClassPathWatch(List<Stamp> stamps) {
		this.stamps = stamps;
	}

	static ClassPathWatch ofThisProcess() {
		List<Stamp> stamps = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				Path path = Path.of(entry);
				stamps.add(new Stamp(path, stamp(path)));
			}
		}
		return new ClassPathWatch(stamps);
	}

	/** Each entry's path and the size and time it had: what names the build a process runs. */
	List<String> fingerprint() {
		return stamps.stream().flatMap(stamp -> Stream.of(stamp.path().toString(), stamp.seen())).toList();
	}

	boolean changed() {
		return stamps.stream().anyMatch(stamp -> !stamp.seen().equals(stamp(stamp.path())));
	}

	/** A file's size and time: what a rebuild changes. */
	private static String stamp(Path path) {
		try {
			return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
		} catch (IOException e) {
			return "missing";
		}
	}
}
