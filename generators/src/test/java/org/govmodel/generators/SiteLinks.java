package org.govmodel.generators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links of generated HTML pages and SVG drawings that lead to no generated file. */
final class SiteLinks {

	private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");

	private SiteLinks() {
	}

	/** "page -> target" for each link of an HTML page or SVG whose target is not among the files. */
	static List<String> broken(Map<String, String> files) {
		List<String> broken = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (!file.getKey().endsWith(".html") && !file.getKey().endsWith(".svg")) {
				continue;
			}
			Matcher m = HREF.matcher(file.getValue());
			while (m.find()) {
				Path folder = Path.of(file.getKey()).getParent();
				String target = (folder == null ? Path.of(m.group(1)) : folder.resolve(m.group(1))).normalize().toString().replace('\\', '/');
				if (!files.containsKey(target)) {
					broken.add(file.getKey() + " -> " + m.group(1));
				}
			}
		}
		return broken;
	}
}
