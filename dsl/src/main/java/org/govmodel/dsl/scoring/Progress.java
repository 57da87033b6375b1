package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What moved between two assessments of the same framework, item by item.
 *
 * @param previous the earlier assessment
 * @param current  the later one
 * @param changes  one entry per area, component and variable, in framework order
 */
public record Progress(AssessmentScore previous, AssessmentScore current, List<Change> changes) {

	public enum Direction {
		UP, DOWN, UNCHANGED, NOT_COMPARABLE
	}

	/** One item's move; delta is null when either side has no value. */
	public record Change(String code, String title, BigDecimal before, BigDecimal after, BigDecimal delta, Direction direction) {
	}

	/** Compares two scored assessments of the same framework. */
	public static Progress between(AssessmentScore previous, AssessmentScore current) {
		List<Change> changes = new ArrayList<>();
		List<ItemScore> items = new ArrayList<>();
		for (ItemScore area : current.areas()) {
			items.add(area);
			for (ItemScore component : area.children()) {
				items.add(component);
				items.addAll(component.children());
			}
		}
		for (ItemScore now : items) {
			Optional<ItemScore> then = previous.byCode(now.code());
			BigDecimal before = then.map(ItemScore::value).orElse(null);
			BigDecimal after = now.value();
			BigDecimal delta = before == null || after == null ? null : after.subtract(before, ScoringEngine.PRECISION);
			Direction direction = delta == null ? Direction.NOT_COMPARABLE
					: delta.signum() > 0 ? Direction.UP : delta.signum() < 0 ? Direction.DOWN : Direction.UNCHANGED;
			changes.add(new Change(now.code(), now.item().getTitle(), before, after, delta, direction));
		}
		return new Progress(previous, current, List.copyOf(changes));
	}
}
