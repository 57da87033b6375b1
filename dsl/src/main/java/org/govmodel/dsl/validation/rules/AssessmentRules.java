package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.ASSESSMENT__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.ASSESSMENT__YEAR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.GOAL__VALUE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SCORE__VALUE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SCORE__VARIABLE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.TARGET__YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Goal;
import org.govmodel.dsl.govModel.Scale;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Target;
import org.govmodel.dsl.govModel.Variable;

/** Assessments: complete, within the scale, one per framework and year, with reachable targets. */
public class AssessmentRules extends RuleFamily {

	public static final Rule OUT_OF_SCALE = Rule.define("GOV-SCORE-001", Severity.ERROR, "Scores lie within the framework's scale")
			.because("A score outside the scale (ECLAC: 1 to 4) distorts every mean computed from it.")
			.guide("Chapter IV, table IV.1 (scale)")
			.bad(2, "assessment y2023 of maturity year 2023 {\n    1.1.1 = 5\n}")
			.good("assessment y2023 of maturity year 2023 {\n    1.1.1 = 4\n}")
			.build();

	public static final Rule MISSING_SCORES = Rule.define("GOV-SCORE-002", Severity.WARNING, "Every variable is scored or marked not applicable")
			.because("A mean over a partial set of variables is not comparable from year to year; mark the ones that do not apply with n/a.")
			.guide("Chapter IV (scoring every variable)")
			.bad(10, "framework f \"F\" {\n    scale 1 to 4\n    area 1 \"A\" {\n        component 1.1 \"C\" {\n            variable 1.1.1 \"V1\"\n            variable 1.1.2 \"V2\"\n        }\n    }\n}\nassessment y2023 of f year 2023 {\n    1.1.1 = 2\n}")
			.good("framework f \"F\" {\n    scale 1 to 4\n    area 1 \"A\" {\n        component 1.1 \"C\" {\n            variable 1.1.1 \"V1\"\n            variable 1.1.2 \"V2\"\n        }\n    }\n}\nassessment y2023 of f year 2023 {\n    1.1.1 = 2\n    1.1.2 = n/a \"Does not apply.\"\n}")
			.quickFix("adds `<code> = n/a \"Not assessed yet\"` for each missing variable, to be scored (data: the missing codes)", MissingScores.class)
			.build();

	public static final Rule DUPLICATE_SCORE = Rule.define("GOV-SCORE-003", Severity.ERROR, "Each variable is scored once")
			.because("Two scores for one variable leave the mean undefined.")
			.guide("Chapter IV (scoring)")
			.bad(3, "assessment y2023 of maturity year 2023 {\n    1.1.1 = 2\n    1.1.1 = 3\n}")
			.good("assessment y2023 of maturity year 2023 {\n    1.1.1 = 3\n}")
			.build();

	public static final Rule TARGET_OUT_OF_SCALE = Rule.define("GOV-SCORE-004", Severity.ERROR, "Targets lie within the scale")
			.because("A target beyond the top of the scale can never be reached.")
			.guide("Chapter IV (gaps to targets)")
			.bad(3, "assessment y2023 of maturity year 2023 {\n    target 2025 {\n        1.1 >= 5\n    }\n}")
			.good("assessment y2023 of maturity year 2023 {\n    target 2025 {\n        1.1 >= 3\n    }\n}")
			.build();

	public static final Rule TARGET_NOT_AFTER = Rule.define("GOV-SCORE-005", Severity.ERROR, "A target's year comes after the assessment")
			.because("A target for the assessment's own year or an earlier one is not a target.")
			.guide("Chapter IV (gaps to targets)")
			.bad(2, "assessment y2023 of maturity year 2023 {\n    target 2022 {\n        1.1 >= 3\n    }\n}")
			.good("assessment y2023 of maturity year 2023 {\n    target 2025 {\n        1.1 >= 3\n    }\n}")
			.build();

	public static final Rule DUPLICATE_ASSESSMENT = Rule.define("GOV-SCORE-006", Severity.ERROR, "One assessment per framework and year")
			.because("Two assessments of the same framework in the same year make the trend ambiguous.")
			.guide("Chapter IV (yearly repetition)")
			.bad(2, "assessment a of maturity year 2023\nassessment b of maturity year 2023")
			.good("assessment a of maturity year 2023\nassessment b of maturity year 2024")
			.build();

	public static final Rule PERCENTAGES = Rule.define("GOV-SCORE-007", Severity.ERROR, "Scores are levels of the scale, not percentages")
			.because("Writing an assessment's scores as percentages (25, 50, 75, 100) on a 1 to 4 scale puts every one of them out of scale; one diagnostic names the pattern"
					+ " instead of one error per variable.")
			.guide("Chapter IV, table IV.1 (scale)")
			.bad(1, "assessment y2023 of maturity year 2023 {\n    1.1.1 = 50\n    1.1.2 = 25\n    1.1.3 = 75\n}")
			.good("assessment y2023 of maturity year 2023 {\n    1.1.1 = 2\n    1.1.2 = 1\n    1.1.3 = 3\n}")
			.build();

	/** Out-of-scale scores are read as percentages when at least this many lie above the scale, up to 100. */
	private static final int PERCENTAGE_PATTERN = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** GOV-SCORE-002's fix data: the codes of the variables without a score. */
	public record MissingScores(List<String> codes) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(OUT_OF_SCALE, MISSING_SCORES, DUPLICATE_SCORE, TARGET_OUT_OF_SCALE, TARGET_NOT_AFTER, DUPLICATE_ASSESSMENT, PERCENTAGES);
	}

	/**
	 * Whether the out-of-scale scores look like percentages: several, all above
	 * a small scale's top and at most 100, and at least half of the stated scores.
	 */
	private static boolean looksLikePercentages(Scale scale, List<Score> outOfScale, long stated) {
		return scale.getMax().compareTo(BigDecimal.TEN) <= 0 && outOfScale.size() >= PERCENTAGE_PATTERN && outOfScale.size() * 2L >= stated
				&& outOfScale.stream().allMatch(s -> s.getValue().compareTo(scale.getMax()) > 0 && s.getValue().compareTo(HUNDRED) <= 0);
	}

	private static Framework frameworkOf(Assessment assessment) {
		Framework framework = assessment.getFramework();
		return framework == null || framework.eIsProxy() ? null : framework;
	}

	private static boolean within(Scale scale, BigDecimal value) {
		return scale == null || value == null || (value.compareTo(scale.getMin()) >= 0 && value.compareTo(scale.getMax()) <= 0);
	}


	@Check
	public void scores(Assessment assessment) {
		Framework framework = frameworkOf(assessment);
		if (framework == null) {
			return;
		}
		Scale scale = framework.getScale();
		Set<Variable> scored = new HashSet<>();
		List<Score> outOfScale = new ArrayList<>();
		for (Score score : assessment.getScores()) {
			Variable variable = score.getVariable();
			if (variable == null || variable.eIsProxy()) {
				continue;
			}
			if (!scored.add(variable)) {
				report(DUPLICATE_SCORE, message(score, "GOV-SCORE-003", "variable", variable.getName()), score, SCORE__VARIABLE);
			}
			if (!score.isNotApplicable() && !within(scale, score.getValue())) {
				outOfScale.add(score);
			}
		}
		long stated = assessment.getScores().stream().filter(s -> !s.isNotApplicable()).count();
		if (looksLikePercentages(scale, outOfScale, stated)) {
			report(PERCENTAGES, message(assessment, "GOV-SCORE-007", "assessment", describe(assessment), "countText", String.valueOf(outOfScale.size()), "values",
					outOfScale.stream().map(s -> number(assessment, s.getValue())).distinct().limit(5).collect(Collectors.joining(", ")), "framework", framework.getName(),
					"min", scale.getMin(), "max", scale.getMax()), assessment, ASSESSMENT__NAME);
		} else {
			for (Score score : outOfScale) {
				report(OUT_OF_SCALE, message(score, "GOV-SCORE-001", "score", score.getValue(), "variable", score.getVariable().getName(), "framework",
						framework.getName(), "min", scale.getMin(), "max", scale.getMax()), score, SCORE__VALUE);
			}
		}
		List<String> missing = new ArrayList<>();
		for (Variable variable : EcoreUtil2.eAllOfType(framework, Variable.class)) {
			if (!scored.contains(variable)) {
				missing.add(variable.getName());
			}
		}
		if (!missing.isEmpty()) {
			report(MISSING_SCORES, message(assessment, "GOV-SCORE-002", "assessment", describe(assessment), "count", missing.size(), "countText", String.valueOf(missing.size()),
					"names", String.join(", ", missing.subList(0, Math.min(8, missing.size()))), "more", Math.max(0, missing.size() - 8), "moreText",
					String.valueOf(Math.max(0, missing.size() - 8))), assessment, ASSESSMENT__NAME,
					new MissingScores(missing));
		}
	}

	@Check
	public void targets(Target target) {
		Assessment assessment = (Assessment) target.eContainer();
		if (target.getYear() <= assessment.getYear()) {
			report(TARGET_NOT_AFTER, message(target, "GOV-SCORE-005", "target", String.valueOf(target.getYear()), "year", String.valueOf(assessment.getYear())), target, TARGET__YEAR);
		}
		Framework framework = frameworkOf(assessment);
		if (framework == null) {
			return;
		}
		for (Goal goal : target.getGoals()) {
			if (!within(framework.getScale(), goal.getValue())) {
				report(TARGET_OUT_OF_SCALE, message(goal, "GOV-SCORE-004", "target", goal.getValue(), "framework", framework.getName(), "min",
						framework.getScale().getMin(), "max", framework.getScale().getMax()),
						goal, GOAL__VALUE);
			}
		}
	}

	@Check
	public void onePerFrameworkAndYear(Assessment assessment) {
		Framework framework = frameworkOf(assessment);
		if (framework == null) {
			return;
		}
		for (Assessment other : view(assessment).assessments()) {
			if (other == assessment) {
				return; // only later declarations are flagged
			}
			if (other.getFramework() == framework && other.getYear() == assessment.getYear()) {
				report(DUPLICATE_ASSESSMENT, message(assessment, "GOV-SCORE-006", "assessment", describe(assessment), "framework", framework.getName(), "year",
						String.valueOf(assessment.getYear()), "other", describe(other)), assessment, ASSESSMENT__YEAR);
				return;
			}
		}
	}
}
