package org.govmodel.dsl.loading;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;

/** The line that ends a check, "3 files checked: 1 error, 2 warnings, 0 info", as the command line and the build plugins print it. */
public final class CheckSummary {

	private CheckSummary() {
	}

	/** The summary in the language of the diagnostics. */
	public static String of(List<ModelDiagnostic> diagnostics, int files, Language language) {
		long errors = count(diagnostics, Severity.ERROR);
		long warnings = count(diagnostics, Severity.WARNING);
		long infos = diagnostics.size() - errors - warnings;
		// counts as plain digits, as the diagnostics' line and column numbers are
		return DiagnosticLanguage.messages(language).text("summary.checked", "files", files, "filesText", String.valueOf(files), "errors", errors,
				"errorsText", String.valueOf(errors), "warnings", warnings, "warningsText", String.valueOf(warnings), "infos", infos, "infosText", String.valueOf(infos));
	}

	private static long count(List<ModelDiagnostic> diagnostics, Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}
}
