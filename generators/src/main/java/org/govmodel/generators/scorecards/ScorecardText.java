package org.govmodel.generators.scorecards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.dsl.scoring.ScoreFormat;

import com.google.inject.Inject;

/**
 * Every word and number the scorecards, charts and score files show, in the reader's language: the messages
 * of the {@code scorecards} bundle, framework items' titles and statements and level names through
 * {@link LocalizedTitles}, scores as written ({@code 3}, {@code 2,5}) and means with two decimals ({@code 2,59}).
 */
public final class ScorecardText {

	public static final String BUNDLE = "org.govmodel.generators.i18n.scorecards";
	private static final Set<String> YEAR_ARGUMENTS = Set.of("year", "first", "last", "index");

	private final Messages messages;
	private final LocalizedTitles titles;

	private ScorecardText(Messages messages, LocalizedTitles titles) {
		this.messages = messages;
		this.titles = titles;
	}

	/** Makes the text of one language; bound by Guice so that titles come from the one {@link LocalizedTitles}. */
	public static class Factory {
		@Inject
		private LocalizedTitles titles;

		public ScorecardText of(Language language) {
			return new ScorecardText(Messages.load(BUNDLE, ScorecardText.class, language), titles);
		}
	}

	public Language language() {
		return messages.language();
	}

	/**
	 * A message of the bundle with its named arguments. Years (and the index after a repeated year) are passed as
	 * text, so that 2023 never becomes "2,023" or "2.023"; counts stay numbers for the plural rules.
	 */
	public String text(String key, Object... namesAndValues) {
		Object[] arguments = namesAndValues.clone();
		for (int i = 0; i + 1 < arguments.length; i += 2) {
			if (YEAR_ARGUMENTS.contains(arguments[i]) && arguments[i + 1] instanceof Number) {
				arguments[i + 1] = String.valueOf(arguments[i + 1]);
			}
		}
		return messages.text(key, arguments);
	}

	/** A list in the language's form: "2023 and 2025", "2023 y 2025". */
	public String list(List<String> items) {
		return messages.list(items);
	}

	public String title(ItemScore item) {
		return titles.title(item.item(), language());
	}

	/** "1.1 Strategic governance". */
	public String codeAndTitle(ItemScore item) {
		return item.code() + " " + title(item);
	}

	/** What a variable states (its library description), or empty. */
	public Optional<String> statement(ItemScore item) {
		return titles.description(item.item(), language()).filter(s -> !s.isBlank());
	}

	public String framework(Framework framework) {
		return titles.title(framework, language());
	}

	/** The name of the level a score stands on ("Emerging"), or empty. */
	public String levelName(Framework framework, BigDecimal value) {
		return ScaleLevels.levelOf(framework, value).map(l -> titles.title(l, language())).orElse("");
	}

	public String levelName(Level level) {
		return titles.title(level, language());
	}

	/** The framework's levels, lowest first. */
	public static List<Level> levels(Framework framework) {
		List<Level> levels = new ArrayList<>(framework.getScale() == null ? List.of() : framework.getScale().getLevels());
		levels.removeIf(l -> l.getValue() == null);
		levels.sort((a, b) -> a.getValue().compareTo(b.getValue()));
		return levels;
	}

	/** A mean with two decimals, "–" when there is none. */
	public String mean(BigDecimal value) {
		return value == null ? "–" : messages.decimal(value, ScoreFormat.DEFAULT_DECIMALS);
	}

	/** A number as written, with the language's decimal mark: "3", "2,5". */
	public String plain(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return messages.decimal(value, Math.max(0, stripped.scale()));
	}

	/** A variable's score cell: the score as written, "n/a" or "not scored". */
	public String score(ItemScore variable) {
		return variable.notApplicable() ? text("value.notApplicable") : variable.value() == null ? text("value.notScored") : plain(variable.value());
	}

	/** A signed change: "+1", "−0,25", "0"; variables' changes as written, means' with two decimals. */
	public String delta(BigDecimal delta, boolean mean) {
		if (delta == null) {
			return "–";
		}
		String magnitude = mean ? messages.decimal(delta.abs(), ScoreFormat.DEFAULT_DECIMALS) : plain(delta.abs());
		return delta.signum() > 0 ? "+" + magnitude : delta.signum() < 0 ? "\u2212" + magnitude : magnitude;
	}

	/** A target in a table's cell: "3 (2025)", or "4" for the top of the scale (the table's note says so). */
	public String targetCell(ItemScore item) {
		return item.targetYear() == null ? plain(item.target()) : target(item);
	}

	/** "3 (2025)" or "4 (top of the scale)". */
	public String target(ItemScore item) {
		return item.targetYear() == null ? text("target.top", "value", plain(item.target())) : text("target.goal", "value", plain(item.target()), "year", item.targetYear());
	}

	/** "Source: ECLAC technical-assistance mission (2023, 2024)": who assessed which years, for source lines. */
	public String source(List<AssessmentScore> assessments) {
		Map<String, List<String>> years = new LinkedHashMap<>();
		for (AssessmentScore score : assessments) {
			Assessment assessment = score.assessment();
			String assessor = assessment.getAssessor() == null ? "" : assessment.getAssessor().strip();
			List<String> list = years.computeIfAbsent(assessor, k -> new ArrayList<>());
			if (!list.contains(String.valueOf(score.year()))) {
				list.add(String.valueOf(score.year()));
			}
		}
		List<String> sources = new ArrayList<>();
		years.forEach((assessor, list) -> sources.add(assessor.isEmpty() ? text("source.unnamed", "years", list(list))
				: text("source.assessor", "assessor", assessor, "years", list(list))));
		return text("source.line", "sources", list(sources));
	}
}
