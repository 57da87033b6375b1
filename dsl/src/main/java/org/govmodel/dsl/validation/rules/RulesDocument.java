package org.govmodel.dsl.validation.rules;

import java.util.List;
import java.util.Locale;

import org.govmodel.dsl.i18n.Language;

/**
 * Renders the rule catalogue as Markdown: the content of docs/rules.md, which
 * is never edited by hand ({@code govmodel rules --format markdown > docs/rules.md}),
 * or the same catalogue in Spanish or Portuguese ({@code --lang es}).
 */
public final class RulesDocument {

	/** The example of a settings file the introduction shows. */
	private static final String SETTINGS_EXAMPLE = "{ \"rules\": { \"GOV-AUTO-001\": \"off\" } }";

	private RulesDocument() {
	}

	public static String markdown(List<Rule> rules) {
		return markdown(rules, Language.EN);
	}

	public static String markdown(List<Rule> rules, Language language) {
		RuleTexts texts = new RuleTexts(language);
		StringBuilder md = new StringBuilder();
		md.append(texts.text("heading")).append("\n\n");
		md.append(texts.text("generated")).append("\n\n");
		md.append(texts.text("introduction", "example", SETTINGS_EXAMPLE)).append("\n\n");
		md.append(texts.text("table")).append("\n");
		for (Rule rule : rules) {
			md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ").append(rule.severityName())
					.append(rule.configurable() ? "" : " " + texts.text("fixed")).append(" | ").append(texts.title(rule)).append(" | ")
					.append(rule.quickFix() == null ? "" : texts.text("yes")).append(" |\n");
		}
		for (Rule rule : rules) {
			md.append("\n## ").append(rule.id()).append("\n\n");
			md.append(texts.text("severity", "title", texts.title(rule), "severity", rule.severityName(), "fixed", rule.configurable() ? "no" : "yes")).append("\n\n");
			md.append(texts.rationale(rule)).append("\n\n");
			if (!rule.guide().equals("—")) {
				md.append(texts.text("guide", "guide", texts.guide(rule))).append("\n\n");
			}
			if (rule.quickFix() != null) {
				md.append(texts.text("quickFix", "fix", texts.quickFix(rule))).append("\n\n");
			}
			if (!rule.bad().isEmpty()) {
				md.append(texts.text("reported", "line", String.valueOf(rule.badLine()))).append("\n\n```\n").append(rule.bad()).append("\n```\n\n");
				if (!rule.companion().isEmpty()) {
					md.append(texts.text("companion")).append("\n\n```\n").append(rule.companion()).append("\n```\n\n");
				}
				md.append(texts.text("accepted")).append("\n\n```\n").append(rule.good()).append("\n```\n");
			}
		}
		return md.toString();
	}
}
