package org.govmodel.dsl.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How scores are shown: rounded half-up to a fixed number of decimals (two by default). */
public final class ScoreFormat {

	public static final int DEFAULT_DECIMALS = 2;

	private ScoreFormat() {
	}

	/** "2.58", or "–" when there is no value. */
	public static String format(BigDecimal value) {
		return format(value, DEFAULT_DECIMALS);
	}

	public static String format(BigDecimal value, int decimals) {
		return value == null ? "–" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	/** A score as written by the modeller: "2", "0.75" (no trailing zeros added or removed beyond the value). */
	public static String plain(BigDecimal value) {
		return value == null ? "n/a" : value.stripTrailingZeros().toPlainString();
	}
}
