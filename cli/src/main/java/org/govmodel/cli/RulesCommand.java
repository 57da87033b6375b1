package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.RuleTexts;
import org.govmodel.dsl.validation.rules.RulesDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true,
		description = { "Lists the rules GovModel checks, with their ids and default severities.",
				"--format markdown prints the full catalogue (docs/rules.md is this output in English)." })
class RulesCommand implements Callable<Integer> {

	enum Format {
		text, markdown
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Mixin
	private LanguageOption language;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.markdown) {
			out.print(RulesDocument.markdown(RuleCatalog.all(), language.language()));
		} else {
			RuleTexts texts = new RuleTexts(language.language());
			for (Rule rule : RuleCatalog.all()) {
				out.printf(Locale.ROOT, "%-15s %-8s %s%n", rule.id(), rule.severityName(), texts.title(rule));
			}
		}
		out.flush();
		return GovModelCli.OK;
	}
}
