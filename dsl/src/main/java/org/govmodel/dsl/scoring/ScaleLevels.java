package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;

/** The named level of a scale that a score stands on (ECLAC: 2 is "Emerging"). */
public final class ScaleLevels {

	private ScaleLevels() {
	}

	public static Optional<Level> levelOf(Framework framework, BigDecimal score) {
		if (score == null || framework.getScale() == null) {
			return Optional.empty();
		}
		return framework.getScale().getLevels().stream().filter(l -> l.getValue() != null && l.getValue().compareTo(score) == 0).findFirst();
	}
}
