package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;

/**
 * The scores of an assessment: its mean and the tree of area, component and
 * variable scores, computed by {@link ScoringEngine}.
 *
 * @param assessment the assessment
 * @param framework  its framework
 * @param mean       the framework-level mean (null when nothing is scored)
 * @param areas      one score per area, in framework order
 */
public record AssessmentScore(Assessment assessment, Framework framework, BigDecimal mean, List<ItemScore> areas) {

	public int year() {
		return assessment.getYear();
	}

	/** Every component score, in framework order. */
	public List<ItemScore> components() {
		List<ItemScore> result = new ArrayList<>();
		areas.forEach(a -> result.addAll(a.children()));
		return result;
	}

	/** Every variable score, in framework order. */
	public List<ItemScore> variables() {
		List<ItemScore> result = new ArrayList<>();
		components().forEach(c -> result.addAll(c.children()));
		return result;
	}

	/** The score of an item by code (area, component or variable). */
	public Optional<ItemScore> byCode(String code) {
		List<ItemScore> all = new ArrayList<>(areas);
		all.addAll(components());
		all.addAll(variables());
		return all.stream().filter(s -> s.code().equals(code)).findFirst();
	}
}
