package org.govmodel.generators;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a generator produces: relative path to content, in sorted order so
 * that runs are byte-for-byte repeatable. Paths use '/' and are built from
 * names that {@link org.govmodel.generators.output.FolderNames} made safe and
 * distinct, so two artifacts for one path are a defect of a generator.
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
}
