package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tables of the scorecards, the scorecard index, the trend pages and the documentation site set their
 * numbers (scores, means, gaps, budgets, counts, indicator values) right-aligned in tabular figures, so digits
 * line up down a column: every cell that holds only a number
 * is of a class the page's style aligns so.
 */
class NumericColumnsTest {

	/** A number, a money amount with its currency code or sign, or a dash for none, in any of the languages. */
	private static final Pattern NUMBER = Pattern.compile("(\\p{Lu}{3}\\s?|\\p{Sc}\\s?)?[-−+]?\\d[\\d.,\\s\\u00a0\\u202f]*(\\s?\\p{Sc}|\\s?\\p{Lu}{3})?");
	/**
	 * Not quantities: a year (when, a label of its row), or a run of five digits or more without separators,
	 * which the reports never write for an amount (from a thousand on numbers carry the language's separators):
	 * an identifier such as a law's number.
	 */
	private static final Pattern LABEL = Pattern.compile("\\d{4,}");
	private static final Pattern CELL = Pattern.compile("(?s)<td([^>]*)>(.*?)</td>");
	private static final String ALIGNED = "text-align:right;font-variant-numeric:tabular-nums";

	@ParameterizedTest
	@EnumSource(Language.class)
	void numbersInEveryTableAreRightAlignedInTabularFigures(Language language) throws Exception {
		Map<String, String> files = DocsGeneratorTest.generate(Path.of("../examples"), ReportOptions.defaults().withLanguage(language));
		List<String> misaligned = new ArrayList<>();
		int numbers = 0;
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (!file.getKey().endsWith(".html") || !file.getValue().contains("<table")) {
				continue;
			}
			String page = file.getValue();
			assertTrue(page.contains("td.num") && page.contains(ALIGNED), () -> "the style of " + file.getKey() + " aligns numbers");
			Matcher cell = CELL.matcher(page.substring(page.indexOf("<body")));
			while (cell.find()) {
				String text = DocsGeneratorTest.visibleText(cell.group(2)).strip();
				String attributes = cell.group(1);
				// a code (1.2.3) names its row
				if (!NUMBER.matcher(text).matches() || LABEL.matcher(text).matches() || attributes.contains("class=\"code\"")) {
					continue;
				}
				numbers++;
				if (!attributes.matches(".*class=\"[^\"]*\\b(num|mean)\\b[^\"]*\".*")) {
					misaligned.add(file.getKey() + ": <td" + attributes + ">" + text);
				}
			}
		}
		assertTrue(numbers > 100, "the examples' tables hold numbers: " + numbers);
		assertTrue(misaligned.isEmpty(), () -> "numbers not right-aligned:\n" + String.join("\n", misaligned.subList(0, Math.min(20, misaligned.size()))));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void budgetsAndCountsOfTheSiteAreRightAligned(Language language) throws Exception {
		Map<String, String> files = DocsGeneratorTest.generate(Path.of("../examples"), ReportOptions.defaults().withLanguage(language));
		String projects = files.get("docs/cordoba/projects.html");
		// the budget column (850 000 USD in the reader's format) and its totals
		assertTrue(Pattern.compile("<td class=\"num\">[^<]*850[^<]*</td>").matcher(projects).find(), projects);
		assertTrue(Pattern.compile("<th class=\"num\">[^<]+</th>").matcher(projects).find(), "the heading stands over its numbers: " + projects);
		assertTrue(files.get("docs/cordoba/projects.md").contains("---:"), "right-aligned in the Markdown too");
	}
}
