package org.govmodel.generators;

import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;

/**
 * The one place that decides which language a run's reports are written in, for every front end
 * (command line, Maven plugin, Eclipse): the language the user asked for, else the models' own.
 */
public final class ReportLanguage {

	private ReportLanguage() {
	}

	/**
	 * @param requested the language given on the command line or in the build configuration, if any
	 * @param models    the models reported on, whose declared language is the default
	 */
	public static Language of(Optional<Language> requested, List<Model> models) {
		// The models' declared language (jurisdiction `language es`, govmodel.json) is the default
		// once dsl offers it; until then reports are English unless a language is requested.
		return requested.orElse(Language.EN);
	}
}
