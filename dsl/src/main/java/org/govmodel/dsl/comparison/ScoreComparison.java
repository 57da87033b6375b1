package org.govmodel.dsl.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.comparison.ModelDiff.TargetChange;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Goal;
import org.govmodel.dsl.govModel.Target;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScoringEngine;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Compares two versions of one assessment through {@link ScoringEngine}, the
 * one place that computes means: which variables' scores moved, what that did
 * to their component, area and framework means and gaps, and which goals of
 * the targets were added, removed or moved. Items are matched by code, so a
 * framework that gained or lost a variable is compared too.
 */
@Singleton
public class ScoreComparison {

	@Inject
	private ScoringEngine engine;

	/**
	 * @return the change, or null when the scores and targets mean the same
	 */
	public AssessmentChange compare(Assessment before, Assessment after, String jurisdiction, String oldName, String name, boolean historyRewrite) {
		AssessmentScore old = engine.score(before);
		AssessmentScore now = engine.score(after);
		List<ScoreChange> variables = variables(old, now);
		List<MeanChange> means = new ArrayList<>();
		means.addAll(means("component", old.components(), now.components()));
		means.addAll(means("area", old.areas(), now.areas()));
		List<TargetChange> targets = targets(before, after);
		if (variables.isEmpty() && means.isEmpty() && targets.isEmpty() && same(old.mean(), now.mean())) {
			return null;
		}
		return new AssessmentChange(jurisdiction, oldName, name, after.getFramework() == null ? "" : after.getFramework().getTitle(), after.getYear(),
				historyRewrite, old.mean(), now.mean(), variables, means, targets, after.getFramework());
	}

	private static List<ScoreChange> variables(AssessmentScore old, AssessmentScore now) {
		Map<String, ItemScore> before = byCode(old.variables());
		Map<String, Parents> parents = new LinkedHashMap<>();
		collectParents(old, parents);
		collectParents(now, parents);
		Map<String, ItemScore> after = byCode(now.variables());
		List<String> codes = new ArrayList<>(after.keySet());
		before.keySet().stream().filter(c -> !after.containsKey(c)).forEach(codes::add);
		List<ScoreChange> changes = new ArrayList<>();
		for (String code : codes) {
			ItemScore b = before.get(code);
			ItemScore a = after.get(code);
			String was = shown(b);
			String is = shown(a);
			if (Objects.equals(was, is)) {
				continue;
			}
			BigDecimal delta = b != null && a != null && b.value() != null && a.value() != null ? a.value().subtract(b.value()) : null;
			ItemScore any = a != null ? a : b;
			Parents p = parents.get(code);
			changes.add(new ScoreChange(code, any.title(), was, is, delta, p.component(), p.area(), b == null ? null : b.gap(),
					a == null ? null : a.gap(), any.item()));
		}
		return changes;
	}

	private record Parents(String component, String area) {
	}

	private static void collectParents(AssessmentScore score, Map<String, Parents> parents) {
		for (ItemScore area : score.areas()) {
			for (ItemScore component : area.children()) {
				for (ItemScore variable : component.children()) {
					parents.putIfAbsent(variable.code(), new Parents(component.code(), area.code()));
				}
			}
		}
	}

	/** A variable's score as the model states it: the value, "n/a", or null when unscored. */
	private static String shown(ItemScore score) {
		if (score == null || score.value() == null && !score.notApplicable()) {
			return null;
		}
		return score.notApplicable() ? "n/a" : score.value().stripTrailingZeros().toPlainString();
	}

	private static List<MeanChange> means(String level, List<ItemScore> old, List<ItemScore> now) {
		Map<String, ItemScore> before = byCode(old);
		List<MeanChange> changes = new ArrayList<>();
		for (ItemScore a : now) {
			ItemScore b = before.get(a.code());
			BigDecimal was = b == null ? null : b.value();
			BigDecimal wasGap = b == null ? null : b.gap();
			if (!same(was, a.value()) || !same(wasGap, a.gap())) {
				changes.add(new MeanChange(level, a.code(), a.title(), was, a.value(), wasGap, a.gap(), a.item()));
			}
		}
		return changes;
	}

	private static Map<String, ItemScore> byCode(List<ItemScore> scores) {
		Map<String, ItemScore> result = new LinkedHashMap<>();
		scores.forEach(s -> result.putIfAbsent(s.code(), s));
		return result;
	}

	static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** Goals keyed by item and year; a goal whose item keeps one goal but changes year or value has moved. */
	private static List<TargetChange> targets(Assessment before, Assessment after) {
		Map<String, String> old = goals(before);
		Map<String, String> now = goals(after);
		Map<String, String> removed = new LinkedHashMap<>();
		Map<String, String> added = new LinkedHashMap<>();
		old.forEach((key, text) -> {
			if (!Objects.equals(now.get(key), text)) {
				removed.put(key, text);
			}
		});
		now.forEach((key, text) -> {
			if (!Objects.equals(old.get(key), text)) {
				added.put(key, text);
			}
		});
		List<TargetChange> changes = new ArrayList<>();
		for (Map.Entry<String, String> entry : added.entrySet()) {
			String item = entry.getKey().substring(0, entry.getKey().indexOf('@'));
			String moved = removed.keySet().stream().filter(k -> k.startsWith(item + "@")).findFirst().orElse(null);
			if (moved != null) {
				changes.add(new TargetChange(Kind.CHANGED, item, removed.remove(moved), entry.getValue()));
			} else {
				changes.add(new TargetChange(Kind.ADDED, item, null, entry.getValue()));
			}
		}
		removed.forEach((key, text) -> changes.add(new TargetChange(Kind.REMOVED, key.substring(0, key.indexOf('@')), text, null)));
		changes.sort(java.util.Comparator.comparing(TargetChange::item));
		return changes;
	}

	private static Map<String, String> goals(Assessment assessment) {
		Map<String, String> goals = new LinkedHashMap<>();
		for (Target target : assessment.getTargets()) {
			for (Goal goal : target.getGoals()) {
				String item = goal.getItem() == null || goal.getItem().eIsProxy() ? ElementFacts.tokens(goal).split(" ")[0] : goal.getItem().getName();
				String value = goal.getValue() == null ? "?" : goal.getValue().stripTrailingZeros().toPlainString();
				goals.putIfAbsent(item + "@" + target.getYear(), goal.getOperator().getLiteral() + " " + value + " by " + target.getYear());
			}
		}
		return goals;
	}
}
