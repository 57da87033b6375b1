package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.govModel.Scale;

/** The named level of a scale that a score stands on (ECLAC: 2 is "Emerging"), and which scores are high. */
public final class ScaleLevels {

	/**
	 * Where a high score starts, as a share of the way from the bottom of a scale to its top: the upper third
	 * (3 and 4 on ECLAC's 1-4, intermediate or better). A high score says that what it measures exists, and
	 * the consistency rules hold the model to it. The one statement of this fact.
	 */
	public static final BigDecimal HIGH_FROM = new BigDecimal(2).divide(new BigDecimal(3), 10, RoundingMode.HALF_UP);

	private ScaleLevels() {
	}

	/** Whether the score is high on the scale (see {@link #HIGH_FROM}). */
	public static boolean isHigh(Scale scale, BigDecimal value) {
		BigDecimal threshold = scale.getMin().add(scale.getMax().subtract(scale.getMin()).multiply(HIGH_FROM)).setScale(8, RoundingMode.HALF_UP);
		return value.compareTo(threshold) >= 0;
	}

	public static Optional<Level> levelOf(Framework framework, BigDecimal score) {
		if (score == null || framework.getScale() == null) {
			return Optional.empty();
		}
		return framework.getScale().getLevels().stream().filter(l -> l.getValue() != null && l.getValue().compareTo(score) == 0).findFirst();
	}
}
