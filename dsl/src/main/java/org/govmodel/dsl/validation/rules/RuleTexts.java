package org.govmodel.dsl.validation.rules;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;

/**
 * What the rule catalogue says about a rule, in a language: in English the rule's own data
 * ({@link Rule#title()}, rationale, guide reference, quick fix), in Spanish and Portuguese the
 * {@code org.govmodel.dsl.i18n.rules} bundle (keys {@code <id>.title}, {@code .rationale},
 * {@code .guide}, {@code .quickFix}), and the catalogue's own words ({@code document.*}) from it.
 */
public final class RuleTexts {

	private final Language language;
	private final Messages messages;

	public RuleTexts(Language language) {
		this.language = language;
		this.messages = Messages.load("org.govmodel.dsl.i18n.rules", RuleTexts.class, language);
	}

	public Language language() {
		return language;
	}

	public String title(Rule rule) {
		return language == Language.EN ? rule.title() : messages.text(rule.id() + ".title");
	}

	public String rationale(Rule rule) {
		return language == Language.EN ? rule.rationale() : messages.text(rule.id() + ".rationale");
	}

	public String guide(Rule rule) {
		return language == Language.EN || rule.guide().equals("—") ? rule.guide() : messages.text(rule.id() + ".guide");
	}

	/** What the rule's quick fix does, or null when it has none. */
	public String quickFix(Rule rule) {
		return language == Language.EN || rule.quickFix() == null ? rule.quickFix() : messages.text(rule.id() + ".quickFix");
	}

	/** A fixed phrase of the catalogue ({@code document.*}). */
	public String text(String key, Object... namesAndValues) {
		return messages.text("document." + key, namesAndValues);
	}
}
