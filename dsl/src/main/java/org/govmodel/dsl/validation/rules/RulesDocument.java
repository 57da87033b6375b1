package org.govmodel.dsl.validation.rules;

import java.util.List;
import java.util.Locale;

/**
 * Renders the rule catalogue as Markdown: the content of docs/rules.md, which
 * is never edited by hand ({@code govmodel rules --format markdown > docs/rules.md}).
 */
public final class RulesDocument {

	private RulesDocument() {
	}

	public static String markdown(List<Rule> rules) {
		StringBuilder md = new StringBuilder();
		md.append("# Rule catalogue\n\n");
		md.append("<!-- Generated from the rule definitions by `govmodel rules --format markdown`; do not edit. -->\n\n");
		md.append("Every diagnostic GovModel reports carries one of these ids. Severities can be changed per project in a\n");
		md.append("`govmodel.json` next to the models (`{ \"rules\": { \"GOV-AUTO-001\": \"off\" } }`) or on the command line\n");
		md.append("(`--rule GOV-AUTO-001=off`); `--strict` makes warnings fail. The guide references are to the ECLAC guide to\n");
		md.append("digital-government governance. A rule with quick-fix data puts in each diagnostic what an editor's quick fix\n");
		md.append("needs, and the language server offers the fix described here as a code action.\n\n");
		md.append("| id | severity | rule | quick-fix data |\n| --- | --- | --- | --- |\n");
		for (Rule rule : rules) {
			md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ").append(rule.severityName())
					.append(rule.configurable() ? "" : " (fixed)").append(" | ").append(rule.title()).append(" | ")
					.append(rule.quickFix() == null ? "" : "yes").append(" |\n");
		}
		for (Rule rule : rules) {
			md.append("\n## ").append(rule.id()).append("\n\n");
			md.append("**").append(rule.title()).append("** — default severity: ").append(rule.severityName())
					.append(rule.configurable() ? "" : " (cannot be changed)").append(".\n\n");
			md.append(rule.rationale()).append("\n\n");
			if (!rule.guide().equals("—")) {
				md.append("Guide: ").append(rule.guide()).append(".\n\n");
			}
			if (rule.quickFix() != null) {
				md.append("Quick fix (the diagnostic carries the data for it): ").append(rule.quickFix()).append(".\n\n");
			}
			if (!rule.bad().isEmpty()) {
				md.append("Reported (line ").append(rule.badLine()).append("):\n\n```\n").append(rule.bad()).append("\n```\n\n");
				if (!rule.companion().isEmpty()) {
					md.append("with another file of the model:\n\n```\n").append(rule.companion()).append("\n```\n\n");
				}
				md.append("Accepted:\n\n```\n").append(rule.good()).append("\n```\n");
			}
		}
		return md.toString();
	}
}
