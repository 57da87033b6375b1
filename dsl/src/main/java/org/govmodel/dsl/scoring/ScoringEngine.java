package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.govModel.Aggregation;
import org.govmodel.dsl.govModel.Area;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Component;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.FrameworkItem;
import org.govmodel.dsl.govModel.Goal;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Target;
import org.govmodel.dsl.govModel.Variable;

import com.google.inject.Singleton;

/**
 * The one place that computes maturity scores: means per component, area and
 * framework following the framework's aggregation (mean, or weighted mean with
 * weights on variables, components and areas), not-applicable variables
 * excluded, and gaps to targets (see {@link #item}). Every front end (CLI, reports, editors) asks
 * it. The model must be free of errors (scores within scale, each variable
 * once); a duplicated line counts once, the first.
 */
@Singleton
public class ScoringEngine {

	/** Working precision of means: far beyond any rendering. */
	public static final MathContext PRECISION = MathContext.DECIMAL64;

	public AssessmentScore score(Assessment assessment) {
		Framework framework = assessment.getFramework();
		Map<Variable, Score> scores = new HashMap<>();
		for (Score score : assessment.getScores()) {
			if (score.getVariable() != null && !score.getVariable().eIsProxy()) {
				scores.putIfAbsent(score.getVariable(), score);
			}
		}
		Map<FrameworkItem, Goal> goals = nearestGoals(assessment);
		boolean weighted = framework.getAggregation() == Aggregation.WEIGHTED_MEAN;
		BigDecimal top = framework.getScale().getMax();
		List<ItemScore> areas = new ArrayList<>();
		List<Weighted> areaValues = new ArrayList<>();
		for (Area area : framework.getAreas()) {
			Goal areaGoal = goals.get(area);
			List<ItemScore> components = new ArrayList<>();
			List<Weighted> componentValues = new ArrayList<>();
			for (Component component : area.getComponents()) {
				Goal componentGoal = goals.getOrDefault(component, areaGoal);
				List<ItemScore> variables = new ArrayList<>();
				List<Weighted> variableValues = new ArrayList<>();
				for (Variable variable : component.getVariables()) {
					Score score = scores.get(variable);
					boolean notApplicable = score != null && score.isNotApplicable();
					BigDecimal value = score == null || notApplicable ? null : score.getValue();
					Goal variableGoal = goals.getOrDefault(variable, componentGoal);
					variables.add(item(variable, value, notApplicable, score == null ? null : score.getNote(), variableGoal, top, List.of()));
					variableValues.add(new Weighted(value, weight(variable.getWeight(), weighted)));
				}
				BigDecimal mean = mean(variableValues);
				components.add(item(component, mean, allNotApplicable(variables), null, componentGoal, top, variables));
				componentValues.add(new Weighted(mean, weight(component.getWeight(), weighted)));
			}
			BigDecimal mean = mean(componentValues);
			areas.add(item(area, mean, allNotApplicable(components), null, areaGoal, top, components));
			areaValues.add(new Weighted(mean, weight(area.getWeight(), weighted)));
		}
		return new AssessmentScore(assessment, framework, mean(areaValues), List.copyOf(areas));
	}

	/**
	 * The one definition of a gap: the distance from the value up to the applicable target, which is the
	 * nearest goal set on the item itself or, failing that, on its component or area (a component's goal of 3
	 * is what its variables must reach too), else the top of the scale.
	 */
	private static ItemScore item(FrameworkItem item, BigDecimal value, boolean notApplicable, String note, Goal goal,
			BigDecimal top, List<ItemScore> children) {
		BigDecimal target = goal == null ? top : goal.getValue();
		Integer targetYear = goal == null ? null : ((Target) goal.eContainer()).getYear();
		BigDecimal gap = value == null ? null : target.subtract(value).max(BigDecimal.ZERO);
		return new ItemScore(item, value, notApplicable, note, target, targetYear, gap, List.copyOf(children));
	}

	private static boolean allNotApplicable(List<ItemScore> children) {
		return !children.isEmpty() && children.stream().allMatch(ItemScore::notApplicable);
	}

	/** For each item, the goal of the earliest target that names it: the next milestone. */
	private static Map<FrameworkItem, Goal> nearestGoals(Assessment assessment) {
		Map<FrameworkItem, Goal> goals = new HashMap<>();
		List<Target> targets = new ArrayList<>(assessment.getTargets());
		targets.sort(Comparator.comparingInt(Target::getYear));
		for (Target target : targets) {
			for (Goal goal : target.getGoals()) {
				if (goal.getItem() != null && !goal.getItem().eIsProxy() && goal.getValue() != null) {
					goals.putIfAbsent(goal.getItem(), goal);
				}
			}
		}
		return goals;
	}

	private static BigDecimal weight(BigDecimal declared, boolean weighted) {
		return weighted && declared != null ? declared : BigDecimal.ONE;
	}

	/** The (weighted) mean of the values present; null when none is. */
	static BigDecimal mean(List<Weighted> values) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Weighted w : values) {
			if (w.value() != null && w.weight().signum() > 0) {
				sum = sum.add(w.value().multiply(w.weight(), PRECISION), PRECISION);
				weights = weights.add(w.weight());
			}
		}
		return weights.signum() == 0 ? null : sum.divide(weights, PRECISION);
	}

	record Weighted(BigDecimal value, BigDecimal weight) {
	}
}
