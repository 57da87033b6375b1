package org.govmodel.publish.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a link or resource reference of a generated page leads somewhere that exists. */
final class LinkTarget {

	/** Links to the web or mail are not followed (the suite runs offline); everything else must resolve. */
	private static final Pattern EXTERNAL = Pattern.compile("^(https?:|mailto:|tel:)", Pattern.CASE_INSENSITIVE);
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private LinkTarget() {
	}

	/**
	 * @param page the page that holds the link
	 * @param ids  the ids of the page's elements, for links to a fragment of the same page
	 * @param root the output folder: a link must not leave it
	 * @return what is wrong with the link, if anything
	 */
	static Optional<String> problem(Path page, String link, Set<String> ids, Path root) {
		if (EXTERNAL.matcher(link).find() || link.startsWith("data:")) {
			return Optional.empty();
		}
		if (SCHEME.matcher(link).find()) {
			return Optional.of("'" + link + "' uses a scheme a published page cannot rely on");
		}
		if (link.startsWith("#")) {
			String id = link.substring(1);
			return id.isEmpty() || ids.contains(id) ? Optional.empty() : Optional.of("'" + link + "' names no element of the page");
		}
		String path = BrowserSuiteTest.pathOf(link);
		if (path.isEmpty()) {
			return Optional.empty();
		}
		if (path.startsWith("/")) {
			return Optional.of("'" + link + "' is an absolute path: the folder cannot be moved");
		}
		Path target = page.toAbsolutePath().getParent().resolve(path).normalize();
		if (!target.startsWith(root.toAbsolutePath().normalize())) {
			return Optional.of("'" + link + "' leaves the output folder");
		}
		return Files.exists(target) ? Optional.empty() : Optional.of("'" + link + "' leads to no file (" + root.toAbsolutePath().normalize().relativize(target) + ")");
	}
}
