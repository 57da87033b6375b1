package org.govmodel.dsl.validation.rules;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * A governance rule as data: what the rule catalogue (docs/rules.md), the
 * severity configuration, the tests and the IDEs' quick fixes are derived from.
 *
 * @param id           stable identifier, e.g. {@code GOV-TIER-001}
 * @param severity     default severity
 * @param title        what the rule demands, in a few words
 * @param rationale    why it matters, in the modeller's terms
 * @param guide        where in the ECLAC governance guide the rule rests
 * @param bad          a model that breaks the rule
 * @param badLine      the line of {@code bad} at which the rule reports
 * @param good         the same model, mended
 * @param quickFix     what a quick fix does with the diagnostic's data, or null when none is offered
 * @param configurable whether users may change the severity (syntax and linking errors are not)
 * @param companion    another file loaded with both examples (for rules about several files), or empty
 * @param fixData      the record the rule's diagnostics carry for its quick fix (see {@link FixData}), or null when they carry none
 */
public record Rule(String id, Severity severity, String title, String rationale, String guide, String bad, int badLine,
		String good, String quickFix, boolean configurable, String companion, Class<? extends FixData> fixData) {

	/** Starts a configurable rule definition. */
	public static Builder define(String id, Severity severity, String title) {
		return new Builder(id, severity, title);
	}

	/** The severity as written in settings and docs: error, warning or info. */
	public String severityName() {
		return severity == Severity.ERROR ? "error" : severity == Severity.WARNING ? "warning" : "info";
	}

	public static final class Builder {
		private final String id;
		private final Severity severity;
		private final String title;
		private String rationale = "";
		private String guide = "";
		private String bad = "";
		private int badLine = 1;
		private String good = "";
		private String quickFix;
		private boolean configurable = true;
		private String companion = "";
		private Class<? extends FixData> fixData;

		private Builder(String id, Severity severity, String title) {
			this.id = id;
			this.severity = severity;
			this.title = title;
		}

		public Builder because(String rationale) {
			this.rationale = rationale;
			return this;
		}

		public Builder guide(String reference) {
			this.guide = reference;
			return this;
		}

		/** A model breaking the rule and the 1-based line where the diagnostic appears. */
		public Builder bad(int line, String model) {
			this.badLine = line;
			this.bad = model;
			return this;
		}

		public Builder good(String model) {
			this.good = model;
			return this;
		}

		/** A quick fix that needs nothing but the element the diagnostic is on. */
		public Builder quickFix(String description) {
			this.quickFix = description;
			return this;
		}

		/** A quick fix that reads the given record, which the rule's diagnostics carry. */
		public Builder quickFix(String description, Class<? extends FixData> data) {
			this.quickFix = description;
			this.fixData = data;
			return this;
		}

		/** Another file loaded together with the examples. */
		public Builder alongside(String otherFile) {
			this.companion = otherFile;
			return this;
		}

		public Builder fixedSeverity() {
			this.configurable = false;
			return this;
		}

		public Rule build() {
			return new Rule(id, severity, title, rationale, guide, bad, badLine, good, quickFix, configurable, companion, fixData);
		}
	}
}
