package org.govmodel.generators.output;

/**
 * Model text as a CSV cell that a spreadsheet shows as text and never runs as
 * a formula (OWASP, "CSV Injection"): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a line break gets a leading
 * apostrophe. Quoting and separators are left to the CSV printer (Apache
 * Commons CSV); this only decides what the cell holds.
 */
public final class SpreadsheetCell {

	/** OWASP's list; a line feed too, as {@link DisplayText} turns a carriage return into one. */
	private static final String FORMULA_STARTS = "=+-@\t\r\n";

	private SpreadsheetCell() {
	}

	public static String text(String value) {
		String shown = DisplayText.of(value);
		return !shown.isEmpty() && FORMULA_STARTS.indexOf(shown.charAt(0)) >= 0 ? "'" + shown : shown;
	}
}
