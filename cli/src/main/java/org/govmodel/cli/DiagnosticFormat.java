package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.List;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.CheckSummary;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.validation.rules.RuleTexts;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** How {@code validate} prints its findings. */
enum DiagnosticFormat {
	/** One line per diagnostic on stdout, a summary on stderr. */
	text(true) {
		@Override
		void report(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out) {
			diagnostics.forEach(d -> out.println(d.toLine()));
		}
	},
	/** One JSON document on stdout: {"files":n,"errors":n,"warnings":n,"diagnostics":[...]}; it holds the counts itself. */
	json(false) {
		@Override
		void report(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out) {
			JsonObject root = new JsonObject();
			root.addProperty("files", files);
			root.addProperty("errors", count(diagnostics, "error"));
			root.addProperty("warnings", count(diagnostics, "warning"));
			JsonArray list = new JsonArray();
			for (ModelDiagnostic d : diagnostics) {
				JsonObject item = new JsonObject();
				item.addProperty("file", d.path());
				item.addProperty("line", d.line());
				item.addProperty("column", d.column());
				item.addProperty("length", d.length());
				item.addProperty("severity", d.severityName());
				item.addProperty("rule", d.ruleId());
				item.addProperty("message", d.message());
				JsonArray data = new JsonArray();
				for (String value : d.data()) {
					data.add(value);
				}
				item.add("data", data);
				list.add(item);
			}
			root.add("diagnostics", list);
			out.println(JsonPrinter.GSON.toJson(root));
		}
	},
	/** A SARIF 2.1.0 log on stdout, for code-scanning tools. */
	sarif(true) {
		@Override
		void report(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out) {
			out.print(org.govmodel.generators.findings.SarifLog.render(diagnostics, GovModelCli.class.getPackage().getImplementationVersion(),
					new RuleTexts(language)));
		}
	},
	/** GitHub Actions workflow commands on stdout: annotations on the pull request. */
	github(true) {
		@Override
		void report(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out) {
			GithubAnnotations.print(diagnostics, new RuleTexts(language), out);
		}
	};

	/**
	 * The JSON printer, made when the json format first prints: picocli makes this enum's constants as it reads
	 * {@code --format}, on every run, and Gson's set-up is a hundred classes a text run never uses.
	 */
	private static final class JsonPrinter {
		static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	}

	/** Whether the counts go to stderr: the formats whose report does not hold them. */
	private final boolean summaryOnStderr;

	DiagnosticFormat(boolean summaryOnStderr) {
		this.summaryOnStderr = summaryOnStderr;
	}

	/** The findings on stdout, in this format. */
	abstract void report(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out);

	/** The findings of a check of {@code files} files that ran to its end, and their counts. */
	void print(List<ModelDiagnostic> diagnostics, int files, Language language, PrintWriter out, PrintWriter err) {
		report(diagnostics, files, language, out);
		out.flush();
		if (summaryOnStderr) {
			err.println(CheckSummary.of(diagnostics, files, language));
		}
	}

	private static long count(List<ModelDiagnostic> diagnostics, String severity) {
		return diagnostics.stream().filter(d -> d.severityName().equals(severity)).count();
	}

}
