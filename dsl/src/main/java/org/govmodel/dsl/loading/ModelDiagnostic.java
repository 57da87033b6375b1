package org.govmodel.dsl.loading;

import java.util.Comparator;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One finding about a model file, in the form every front end reports it:
 * {@code path:line:column: severity: message [rule]}.
 *
 * @param path   the file as the user named it (relative where possible)
 * @param line   1-based line
 * @param column 1-based column
 * @param length length of the offending text in characters (0 if unknown)
 * @param ruleId the rule's stable identifier, e.g. {@code GOV-LINK-001}
 * @param data   the rule's fix data (may be empty)
 * @param element the URI of the model element concerned, or null (for reports that list findings per element)
 */
public record ModelDiagnostic(String path, int line, int column, int length, Severity severity, String message,
		String ruleId, String[] data, String element) {

	public static final Comparator<ModelDiagnostic> BY_LOCATION = Comparator.comparing(ModelDiagnostic::path)
			.thenComparingInt(ModelDiagnostic::line)
			.thenComparingInt(ModelDiagnostic::column)
			.thenComparing(ModelDiagnostic::ruleId)
			.thenComparing(ModelDiagnostic::message);

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The severity as users read it: error, warning or info. */
	public String severityName() {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "info";
		};
	}

	/** {@code path:line:col: severity: message [rule]}, escaped for a terminal or log: always one line, whatever the model says. */
	public String toLine() {
		return place() + ": " + severityName() + ": " + TerminalText.escape(message) + " [" + TerminalText.escape(ruleId) + "]";
	}

	/**
	 * {@code path:line:col: message [rule]}, escaped as {@link #toLine()}: for a log that marks the severity itself
	 * (Maven's {@code [ERROR]}, {@code [WARNING]}).
	 */
	public String toLineWithoutSeverity() {
		return place() + ": " + TerminalText.escape(message) + " [" + TerminalText.escape(ruleId) + "]";
	}

	/** {@code path:line:col}, escaped for a terminal or log. */
	public String place() {
		return TerminalText.escape(path) + ":" + line + ":" + column;
	}
}
