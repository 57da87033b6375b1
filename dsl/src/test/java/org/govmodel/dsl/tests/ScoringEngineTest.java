package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.scoring.AssessmentHistory;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Means, weights, not-applicable variables, gaps and progress: the numbers every report shows. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ScoringEngineTest {

	@Inject
	private TestModels models;

	@Inject
	private ScoringEngine engine;

	@Inject
	private AssessmentHistory history;

	private static final String MINI = """
			framework mini "Mini" {
			    scale 1 to 4
			    aggregate %s
			    area 1 "A" weight 3 {
			        component 1.1 "C1" weight 1 {
			            variable 1.1.1 "V1" weight 3
			            variable 1.1.2 "V2" weight 1
			        }
			        component 1.2 "C2" weight 3 {
			            variable 1.2.1 "V3"
			            variable 1.2.2 "V4"
			        }
			    }
			    area 2 "B" weight 1 {
			        component 2.1 "C3" {
			            variable 2.1.1 "V5"
			        }
			    }
			}
			""";

	private AssessmentScore score(String text, String assessmentName) {
		Model model = models.parseOne(text);
		models.assertNoErrors(model);
		Assessment assessment = EcoreUtil2.eAllOfType(model, Assessment.class).stream().filter(a -> a.getName().equals(assessmentName)).findFirst().orElseThrow();
		return engine.score(assessment);
	}

	private static String two(BigDecimal value) {
		return ScoreFormat.format(value);
	}

	@Test
	void cordoba2023GivesTheGuidesComponentAndAreaMeans() throws IOException {
		AssessmentScore y2023 = score(Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8), "y2023");
		assertEquals(List.of("1.50", "3.00", "3.25", "2.75", "3.00", "3.33", "2.25", "2.00", "2.25"),
				y2023.components().stream().map(c -> two(c.value())).toList());
		assertEquals(List.of("2.6", "3.0", "2.2"), y2023.areas().stream().map(a -> ScoreFormat.format(a.value(), 1)).toList(),
				"the guide prints the area means to one decimal");
		// full precision inside: 2.3 is exactly ten thirds
		assertEquals(new BigDecimal("10").divide(new BigDecimal("3"), ScoringEngine.PRECISION), y2023.byCode("2.3").orElseThrow().value());
		assertEquals("2.59", two(y2023.mean()), "the mean of the three area means");
	}

	@Test
	void notApplicableVariablesAreLeftOutOfTheMeanAndReported() {
		AssessmentScore s = score(MINI.formatted("mean") + "assessment a of mini year 2023 {\n 1.1.1 = 4\n 1.1.2 = n/a \"no\"\n 1.2.1 = 2\n 1.2.2 = 3\n 2.1.1 = n/a\n}", "a");
		ItemScore c1 = s.byCode("1.1").orElseThrow();
		assertEquals(new BigDecimal("4"), c1.value().stripTrailingZeros());
		assertTrue(s.byCode("1.1.2").orElseThrow().notApplicable());
		assertNull(s.byCode("1.1.2").orElseThrow().value());
		ItemScore b = s.byCode("2").orElseThrow();
		assertNull(b.value(), "an area whose only variable is n/a has no mean");
		assertTrue(b.notApplicable());
		assertEquals("3.25", two(s.byCode("1").orElseThrow().value()), "(4 + 2.5) / 2");
		assertEquals("3.25", two(s.mean()), "areas without a mean are left out too");
	}

	@Test
	void weightedMeansUseTheDeclaredWeights() {
		String scores = "assessment a of mini year 2023 {\n 1.1.1 = 4\n 1.1.2 = 2\n 1.2.1 = 2\n 1.2.2 = 4\n 2.1.1 = 1\n}";
		AssessmentScore s = score(MINI.formatted("weighted-mean") + scores, "a");
		// 1.1 = (3*4 + 1*2) / 4 = 3.5; 1.2 = 3; area 1 = (1*3.5 + 3*3) / 4 = 3.125; framework = (3*3.125 + 1*1) / 4 = 2.59375
		assertEquals("3.50", two(s.byCode("1.1").orElseThrow().value()));
		assertEquals("3.125", ScoreFormat.format(s.byCode("1").orElseThrow().value(), 3));
		assertEquals("2.59375", ScoreFormat.format(s.mean(), 5));
		AssessmentScore plain = score(MINI.formatted("mean") + scores, "a");
		assertEquals("3.00", two(plain.byCode("1.1").orElseThrow().value()), "weights are ignored by a plain mean");
	}

	@Test
	void theUnEgdiIsTheMeanOfThreeIndicesOnA0To1Scale() throws IOException {
		AssessmentScore egdi = score(Files.readString(Path.of("../examples/costa-rica.govmodel"), StandardCharsets.UTF_8), "egdi2024");
		assertEquals("0.7425", ScoreFormat.format(egdi.byCode("1.2").orElseThrow().value(), 4));
		// human capital: (3*0.98 + 2*0.81 + 2*0.86 + 2*0.63) / 9
		assertEquals(new BigDecimal("7.54").divide(new BigDecimal("9"), ScoringEngine.PRECISION), egdi.byCode("1.3").orElseThrow().value());
		assertEquals("0.7668", ScoreFormat.format(egdi.mean(), 4));
		assertEquals(new BigDecimal("1"), egdi.byCode("1.1.1").orElseThrow().target(), "without a goal the target is the top of the 0-1 scale");
	}

	@Test
	void gapsAreTheDistanceToTheNearestTargetOrToTheTopOfTheScale() throws IOException {
		AssessmentScore y2023 = score(Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8), "y2023");
		ItemScore strategic = y2023.byCode("1.1").orElseThrow();
		assertEquals(new BigDecimal("3"), strategic.target());
		assertEquals(2025, strategic.targetYear());
		assertEquals("1.50", two(strategic.gap()));
		ItemScore firstVariable = y2023.byCode("1.1.1").orElseThrow();
		assertEquals(new BigDecimal("3"), firstVariable.target(), "a variable is measured to its component's target, like its component");
		assertEquals(2025, firstVariable.targetYear());
		assertEquals("1.00", two(firstVariable.gap()), "3 - 2");
		ItemScore untargeted = y2023.byCode("2.1.1").orElseThrow();
		assertNull(untargeted.targetYear());
		assertEquals("2.00", two(untargeted.gap()), "no goal on 2.1.1, 2.1 or 2: 4 - 2");
		ItemScore ownGoal = y2023.byCode("2.2.3").orElseThrow();
		assertEquals(new BigDecimal("3"), ownGoal.target(), "a variable's own goal");
		assertNull(y2023.byCode("2.2").orElseThrow().targetYear(), "a variable's goal is not its component's");
		assertEquals("0.00", two(y2023.byCode("2.1.4").orElseThrow().gap()), "a top score has no gap");
	}

	@Test
	void progressBetweenTwoAssessmentsOfTheSameFramework() {
		String text = MINI.formatted("mean") + "assessment a of mini year 2022 {\n 1.1.1 = 2\n 1.1.2 = 2\n 1.2.1 = 3\n 1.2.2 = 3\n 2.1.1 = n/a\n}\n"
				+ "assessment b of mini year 2023 {\n 1.1.1 = 3\n 1.1.2 = 2\n 1.2.1 = 2\n 1.2.2 = 3\n 2.1.1 = 1\n}";
		Model model = models.parseOne(text);
		Assessment b = EcoreUtil2.eAllOfType(model, Assessment.class).get(1);
		AssessmentScore previous = history.previous(b).orElseThrow();
		assertEquals(2022, previous.year());
		assertEquals(List.of(2022, 2023), history.of(b).stream().map(AssessmentScore::year).toList());
		Progress progress = Progress.between(previous, engine.score(b));
		assertEquals(Progress.Direction.UP, change(progress, "1.1.1").direction());
		assertEquals(Progress.Direction.DOWN, change(progress, "1.2.1").direction());
		assertEquals(Progress.Direction.UNCHANGED, change(progress, "1.1.2").direction());
		assertEquals(Progress.Direction.NOT_COMPARABLE, change(progress, "2.1.1").direction());
		assertEquals("0.50", two(change(progress, "1.1").delta()));
		assertFalse(history.previous(EcoreUtil2.eAllOfType(model, Assessment.class).get(0)).isPresent());
	}

	private static Progress.Change change(Progress progress, String code) {
		return progress.changes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void renderingRoundsHalfUpToTwoDecimals() {
		assertEquals("2.13", ScoreFormat.format(new BigDecimal("2.125")));
		assertEquals("–", ScoreFormat.format(null));
		assertEquals("3.33", ScoreFormat.format(new BigDecimal("10").divide(new BigDecimal("3"), ScoringEngine.PRECISION)));
		assertEquals("3.3", ScoreFormat.format(new BigDecimal("3.25"), 1));
	}
}
