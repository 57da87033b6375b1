package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.scorecards.ScorecardText;
import org.govmodel.generators.scores.ScoresCsv;
import org.govmodel.generators.scores.ScoresJson;
import org.govmodel.generators.scores.ScoresText;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", mixinStandardHelpOptions = true,
		description = { "Prints each assessment's variable scores and its component, area and framework means.",
				"A model with errors is not scored: its errors are printed instead (exit code 1).",
				"Exit codes as for validate." })
class ScoreCommand implements Callable<Integer> {

	enum Format {
		text, json, csv
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Mixin
	private RuleOptions ruleOptions;

	@Mixin
	private LanguageOption language;

	@Option(names = "--assessment", paramLabel = "NAME", description = "Only this assessment (its name or qualified name).")
	private String only;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Inject
	private ModelCheck check;

	@Inject
	private ScoringEngine engine;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ScoresJson json;

	@Inject
	private ScoresCsv csv;

	@Inject
	private ScoresText text;

	@Inject
	private ScorecardText.Factory texts;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelCheck.Result result;
		try {
			result = check.requireValid("score", paths.paths, ruleOptions, language.language(), err);
		} catch (ModelCheck.Stop stop) {
			return stop.exitCode;
		}
		List<AssessmentScore> scores = new ArrayList<>();
		result.models().models().forEach(model -> assessmentsOf(model).forEach(a -> scores.add(engine.score(a))));
		if (only != null && scores.isEmpty()) {
			err.println("govmodel score: " + TerminalText.escape(CliMessages.of(language.language()).text("score.noAssessment", "name", only)));
			return GovModelCli.USAGE;
		}
		// what people read (titles, level names, the text's decimals) in the language; JSON keys and CSV column ids stay as documented
		out.print(switch (format) {
			case json -> json.render(scores, language.language());
			case csv -> csv.render(scores, ScoresCsv.Dialect.DATA, texts.of(language.language()));
			case text -> text.render(scores, language.language());
		});
		out.flush();
		return GovModelCli.OK;
	}

	private List<Assessment> assessmentsOf(Model model) {
		return model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast)
				.filter(a -> only == null || only.equals(a.getName()) || only.equals(String.valueOf(names.getFullyQualifiedName(a))))
				.toList();
	}
}
