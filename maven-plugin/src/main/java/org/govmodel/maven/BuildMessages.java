package org.govmodel.maven;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

/**
 * What the goals write in the build log, and the words of the GovModel page of a Maven site: the plugin's
 * {@code build} bundle. The diagnostics and the "files checked" line come from the diagnostics bundle, as on the
 * command line.
 */
final class BuildMessages {

	static final String BUNDLE = "org.govmodel.maven.i18n.build";

	private BuildMessages() {
	}

	static Messages of(Language language) {
		return Messages.load(BUNDLE, BuildMessages.class, language);
	}
}
