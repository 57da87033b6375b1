package org.govmodel.dsl.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as modellers write them: {@code 2024-06} (a month) or
 * {@code 2024-06-30} (a day). A month stands for its first day when dates are
 * compared as starts and its last day when compared as ends.
 *
 * @param first the first day the text stands for
 * @param last  the last day the text stands for
 */
public record ModelDate(LocalDate first, LocalDate last) {

	/** The date a text stands for, or null when it is not a valid date. */
	public static ModelDate parse(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("-");
		try {
			if (parts.length == 2 && parts[0].length() == 4 && parts[1].length() == 2) {
				YearMonth month = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
				return new ModelDate(month.atDay(1), month.atEndOfMonth());
			}
			if (parts.length == 3 && parts[0].length() == 4 && parts[1].length() == 2 && parts[2].length() == 2) {
				LocalDate day = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
				return new ModelDate(day, day);
			}
		} catch (NumberFormatException | DateTimeException e) {
			return null;
		}
		return null;
	}
}
