package org.govmodel.generators.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for machine-readable outputs: ten decimals at most, no trailing zeros, never an exponent. */
final class ScoreNumbers {

	private ScoreNumbers() {
	}

	static BigDecimal exact(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal result = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
		return result.scale() < 0 ? result.setScale(0) : result;
	}

	static String text(BigDecimal value) {
		return value == null ? "" : exact(value).toPlainString();
	}
}
