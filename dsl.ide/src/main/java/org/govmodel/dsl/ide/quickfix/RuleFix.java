package org.govmodel.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.services.GovModelGrammarAccess;
import org.govmodel.dsl.validation.rules.FixData;
import org.govmodel.dsl.validation.rules.FixDataCodec;
import org.govmodel.dsl.validation.rules.Rule;

/**
 * The quick fix of one rule: from the element a diagnostic is on and the fix
 * data the rule put in it (the record {@link Rule#fixData()} names, decoded by
 * {@link FixDataCodec}), a titled set of text edits, or nothing when the data
 * leaves the fix undecided (e.g. two CIOs to answer to). The edits place the
 * words; {@link CanonicalLayout} lays them out.
 */
interface RuleFix {

	/** The bundle of the fixes' titles: {@code quickfixes.properties}, {@code _es}, {@code _pt}. */
	String BUNDLE = "org.govmodel.dsl.ide.i18n.quickfixes";

	String rule();

	/** The fix, from the diagnostic's site and its issue data as it arrived. */
	Optional<Fix> fix(Site site, List<String> data);

	/** Where the diagnostic is: its element and range, the document's text edits, and the grammar (for keywords). */
	record Site(EObject element, Range range, ModelTextEdits edits, FreeNames names, GovModelGrammarAccess grammar) {

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
			return DiagnosticLanguage.of(element);
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

	/** The fix of a rule whose fix needs only the element the diagnostic is on. */
	static RuleFix of(Rule rule, Function<Site, Optional<Fix>> fix) {
		return of(rule.id(), (site, data) -> fix.apply(site));
	}

	/** The fix of a rule that reads the rule's fix data; data that does not decode gives no fix. */
	static <D extends FixData> RuleFix of(Rule rule, Class<D> type, BiFunction<Site, D, Optional<Fix>> fix) {
		if (rule.fixData() != type) {
			throw new IllegalArgumentException(rule.id() + " carries " + rule.fixData() + ", not " + type);
		}
		return of(rule.id(), (site, data) -> FixDataCodec.decode(type, data).flatMap(decoded -> fix.apply(site, decoded)));
	}

	private static RuleFix of(String rule, BiFunction<Site, List<String>, Optional<Fix>> fix) {
		return new RuleFix() {
			@Override
			public String rule() {
				return rule;
			}

			@Override
			public Optional<Fix> fix(Site site, List<String> data) {
				return fix.apply(site, data);
			}
		};
	}
}
