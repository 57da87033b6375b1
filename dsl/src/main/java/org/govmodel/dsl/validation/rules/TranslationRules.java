package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.JURISDICTION__LANGUAGE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.TRANSLATION__LANGUAGE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Translation;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.ReportLanguage;

/**
 * Translations of titles and the language a jurisdiction's reports are written in (docs/localization.md).
 * {@link #CONFLICTING_LANGUAGES} concerns a run, not a file: {@code i18n.ReportLanguage} reports it.
 */
public class TranslationRules extends RuleFamily {

	public static final Rule UNKNOWN_LANGUAGE = Rule.define("GOV-LANG-001", Severity.ERROR, "Language codes name a language GovModel writes")
			.because("Reports are written in English (en), Spanish (es) or Brazilian Portuguese (pt); a title translated into another language, or a report language GovModel cannot write, would be silently ignored.")
			.guide("—")
			.bad(2, "framework f \"Maturity\" {\n    in sp \"Madurez\"\n    scale 1 to 4\n}")
			.good("framework f \"Maturity\" {\n    in es \"Madurez\"\n    scale 1 to 4\n}")
			.build();

	public static final Rule REPEATED_LANGUAGE = Rule.define("GOV-LANG-002", Severity.ERROR, "An element has one translation per language")
			.because("Two translations into the same language leave the reports to pick one of them.")
			.guide("—")
			.bad(5, "framework f \"Maturity\" {\n    scale 1 to 4 {\n        1 low \"Low\"\n            in es \"Bajo\"\n            in es \"Baja\"\n    }\n}")
			.good("framework f \"Maturity\" {\n    scale 1 to 4 {\n        1 low \"Low\"\n            in es \"Bajo\"\n            in pt \"Baixo\"\n    }\n}")
			.build();

	public static final Rule CONFLICTING_LANGUAGES = Rule.define("GOV-LANG-003", Severity.WARNING, "Jurisdictions reported together declare one language")
			.because("One run writes its reports in one language; when the jurisdictions loaded together declare different ones, none of them decides, and the run says which language it chose instead.")
			.guide("—")
			.fixedSeverity()
			.build();

	@Override
	public List<Rule> rules() {
		return List.of(UNKNOWN_LANGUAGE, REPEATED_LANGUAGE, CONFLICTING_LANGUAGES);
	}

	@Check
	public void translationLanguageIsKnown(Translation translation) {
		String code = translation.getLanguage();
		if (code != null && known(code) == null) {
			report(UNKNOWN_LANGUAGE, message(translation, "GOV-LANG-001.translation", "code", code, "codes", Language.codes()),
					translation, TRANSLATION__LANGUAGE);
		}
	}

	@Check
	public void reportLanguageIsKnown(Jurisdiction jurisdiction) {
		String code = jurisdiction.getLanguage();
		if (code != null && known(code) == null) {
			report(UNKNOWN_LANGUAGE, message(jurisdiction, "GOV-LANG-001.jurisdiction", "code", code, "codes", Language.codes()),
					jurisdiction, JURISDICTION__LANGUAGE);
		}
	}

	/** Reported on the element once, at each translation that repeats an earlier one's language. */
	@Check
	public void oneTranslationPerLanguage(Translation translation) {
		EObject element = translation.eContainer();
		if (element == null || !(element.eGet(translation.eContainingFeature()) instanceof List<?> translations)) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Object other : translations) {
			if (other == translation) {
				break;
			}
			seen.add(((Translation) other).getLanguage());
		}
		if (translation.getLanguage() != null && seen.contains(translation.getLanguage())) {
			report(REPEATED_LANGUAGE, message(translation, "GOV-LANG-002", "element", describe(element), "code", translation.getLanguage()), translation,
					TRANSLATION__LANGUAGE);
		}
	}

	private static Language known(String code) {
		return ReportLanguage.code(code).orElse(null);
	}
}
