package org.govmodel.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

/**
 * The quick fix of one rule: from the element a diagnostic is on and the fix
 * data the rule put in it (see docs/rules.md), a titled set of text edits, or
 * nothing when the data leaves the fix undecided (e.g. two CIOs to answer to).
 */
interface RuleFix {

	/** The bundle of the fixes' titles: {@code quickfixes.properties}, {@code _es}, {@code _pt}. */
	String BUNDLE = "org.govmodel.dsl.ide.i18n.quickfixes";

	String rule();

	Optional<Fix> fix(Site site);

	/** Where the diagnostic is: its element, range and data, and the document's text edits. */
	record Site(EObject element, Range range, List<String> data, ModelTextEdits edits, FreeNames names) {

		String datum(int index) {
			return index < data.size() ? data.get(index) : null;
		}

		/**
		 * A fix's title in the language of the model's diagnostics (see {@code DiagnosticLanguage}),
		 * from the quick-fix bundle: keys are rule ids, with a suffix per variant.
		 */
		String title(String key, Object... namesAndValues) {
			return messages().text(key, namesAndValues);
		}

		/**
		 * Reader's text a fix writes into the model as a quoted string (a placeholder title, a score's
		 * note), in the same language as the titles, escaped for a STRING literal: key
		 * {@code inserted.<name>} of the quick-fix bundle. Keywords the fix writes stay keywords.
		 */
		String inserted(String name, Object... namesAndValues) {
			String text = messages().text("inserted." + name, namesAndValues);
			return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}

		/** The language of the model's diagnostics (see {@code DiagnosticLanguage}). */
		Language language() {
			return element.eResource() == null || element.eResource().getResourceSet() == null ? Language.EN
					: DiagnosticLanguage.of(element.eResource().getResourceSet());
		}

		private Messages messages() {
			return Messages.load(BUNDLE, RuleFix.class, language());
		}
	}

	/** A fix's title as the editor lists it, and its edits. */
	record Fix(String title, List<TextEdit> edits) {

		static Optional<Fix> of(String title, TextEdit... edits) {
			return Optional.of(new Fix(title, List.of(edits)));
		}
	}

	static RuleFix of(String rule, java.util.function.Function<Site, Optional<Fix>> fix) {
		return new RuleFix() {
			@Override
			public String rule() {
				return rule;
			}

			@Override
			public Optional<Fix> fix(Site site) {
				return fix.apply(site);
			}
		};
	}
}
