package org.govmodel.generators;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a generator produces: relative path to content, in sorted order so
 * that runs are byte-for-byte repeatable. Paths use '/' and are built from
 * sanitized names only ({@link #fileName}).
 */
public final class Artifacts {

	private final Map<String, String> files = new TreeMap<>();

	public void add(String path, String content) {
		if (files.putIfAbsent(path, content) != null) {
			throw new IllegalStateException("two artifacts for " + path);
		}
	}

	public Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	/** A model name made safe as one path segment: letters, digits, '.', '-', '_' only; never '.' or '..'. */
	public static String fileName(String name) {
		String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
		safe = safe.replaceAll("^\\.+", "_");
		return safe.isEmpty() ? "_" : safe;
	}
}
