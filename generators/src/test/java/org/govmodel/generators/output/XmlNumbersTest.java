package org.govmodel.generators.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Coordinates in the drawings are written by {@link XmlWriter#num} without {@code String.format}, for speed: the
 * text must stay what {@code String.format(Locale.ROOT, "%.1f", v)} wrote, or every drawing of every model would
 * change in a reviewer's diff.
 */
class XmlNumbersTest {

	@Test
	void numbersAreWrittenAsFormatWroteThem() {
		double[] edges = { 0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.95, 1.45, 2.5, 99.95, 12345.65, -0.04, -0.05, -0.15, 1e-9, -1e-9, 1e20, -1e20,
				Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (double value : edges) {
			assertEquals(String.format(Locale.ROOT, "%.1f", value), XmlWriter.num(value), String.valueOf(value));
		}
		Random random = new Random(17);
		for (int i = 0; i < 200_000; i++) {
			// layout coordinates: halves and tenths of points, hundredths, and arbitrary doubles
			double value = switch (i % 4) {
			case 0 -> random.nextDouble() * 4000 - 2000;
			case 1 -> Math.round(random.nextDouble() * 400_000) / 100.0 - 2000;
			case 2 -> Math.round(random.nextDouble() * 80_000) / 20.0 - 2000;
			default -> random.nextGaussian() * 1e5;
			};
			assertEquals(String.format(Locale.ROOT, "%.1f", value), XmlWriter.num(value), String.valueOf(value));
		}
	}
}
