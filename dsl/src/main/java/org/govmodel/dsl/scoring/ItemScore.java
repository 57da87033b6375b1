package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.govmodel.dsl.govModel.FrameworkItem;

/**
 * The computed score of one framework item (area, component or variable) in
 * one assessment, at full precision. Rounding happens only when rendering
 * ({@link ScoreFormat}).
 *
 * @param item          the area, component or variable
 * @param value         the variable's score or the node's mean; null when not applicable or not scored
 * @param notApplicable the variable was marked n/a (nodes: every variable below was)
 * @param note          the evidence note of a variable's score line, or null
 * @param target        the target to reach: the assessment's goal for the item, else its component's or area's goal,
 *                      else the top of the scale
 * @param targetYear    the year of that goal, or null when the target is the top of the scale
 * @param gap           target minus value, never below zero; null when there is no value
 * @param children      components of an area, variables of a component; empty for variables
 */
public record ItemScore(FrameworkItem item, BigDecimal value, boolean notApplicable, String note, BigDecimal target,
		Integer targetYear, BigDecimal gap, List<ItemScore> children) {

	public String code() {
		return item.getName();
	}

	public String title() {
		return item.getTitle();
	}

	public boolean hasValue() {
		return value != null;
	}
}
