package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.List;

import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.RuleTexts;

/**
 * Findings as GitHub Actions workflow commands
 * ({@code ::error file=…,line=…,col=…,title=…::message}), which the runner turns
 * into annotations on the pull request's changed lines. The log that shows
 * the commands is a terminal's, so every text is first escaped as the text
 * format escapes it ({@link TerminalText}: control characters, line
 * separators and bidirectional controls made visible, one command a line);
 * then as the runner's own toolkit escapes: in the message {@code %}, CR and
 * LF; in properties also {@code :} and {@code ,}.
 */
final class GithubAnnotations {

	private GithubAnnotations() {
	}

	/** @param texts the rules' texts in the run's language: an annotation's title is the rule's id and title */
	static void print(List<ModelDiagnostic> diagnostics, RuleTexts texts, PrintWriter out) {
		for (ModelDiagnostic d : diagnostics) {
			out.println(line(d, texts));
		}
		out.flush();
	}

	static String line(ModelDiagnostic d, RuleTexts texts) {
		String command = switch (d.severityName()) {
			case "error" -> "error";
			case "warning" -> "warning";
			default -> "notice";
		};
		String title = d.ruleId() + RuleCatalog.byId(d.ruleId()).map(texts::title).map(t -> " " + t).orElse("");
		StringBuilder line = new StringBuilder("::").append(command).append(' ');
		line.append("file=").append(property(d.path().replace('\\', '/')));
		line.append(",line=").append(d.line());
		line.append(",col=").append(d.column());
		if (d.length() > 0) {
			line.append(",endColumn=").append(d.column() + d.length());
		}
		line.append(",title=").append(property(title));
		return line.append("::").append(data(d.message())).toString();
	}

	/** The message: escaped for the terminal, then {@code %}, CR and LF encoded. */
	static String data(String text) {
		return TerminalText.escape(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** A property value: as {@link #data} plus {@code :} and {@code ,}, which separate properties. */
	static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}
}
