package org.govmodel.generators.scorecards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScaleLevels;

/**
 * What a scorecard says, independent of its format and already in the reader's language: the rows of the
 * guide's tables IV.2-IV.4 with each variable's statement, the key to the levels, the gaps in order, what moved
 * since the previous assessment and the source. The Markdown and HTML renderers only lay this out.
 *
 * @param jurisdiction the title of the jurisdiction assessed, or empty
 */
public record ScorecardContent(AssessmentScore score, Optional<Progress> progress, String jurisdiction, ScorecardText text) {

	/** One row of the scorecard table; area and component cells span their rows. */
	public record Row(ItemScore area, ItemScore component, ItemScore variable, boolean firstOfArea, boolean firstOfComponent,
			int areaRows, int componentRows, String value, String level, int levelRank) {
	}

	/** One level of the scale: its value, name and rank (0 for the lowest). */
	public record LevelKey(String value, String name, int rank) {
	}

	public String title() {
		String framework = text.framework(score.framework());
		return jurisdiction.isEmpty() ? text.text("scorecard.titleNoJurisdiction", "framework", framework, "year", score.year())
				: text.text("scorecard.title", "jurisdiction", jurisdiction, "framework", framework, "year", score.year());
	}

	public String meta() {
		String assessor = score.assessment().getAssessor();
		String framework = text.framework(score.framework());
		return assessor == null || assessor.isBlank()
				? text.text("scorecard.meta", "framework", framework, "year", score.year(), "mean", text.mean(score.mean()))
				: text.text("scorecard.metaAssessor", "framework", framework, "year", score.year(), "assessor", assessor, "mean", text.mean(score.mean()));
	}

	public String source() {
		return text.source(List.of(score));
	}

	public String gapNote() {
		return text.text("gap.note", "top", text.plain(score.framework().getScale().getMax()));
	}

	public List<LevelKey> levels() {
		List<LevelKey> keys = new ArrayList<>();
		List<Level> levels = ScorecardText.levels(score.framework());
		for (int i = 0; i < levels.size(); i++) {
			keys.add(new LevelKey(text.plain(levels.get(i).getValue()), text.levelName(levels.get(i)), i));
		}
		return keys;
	}

	public int levelCount() {
		return ScorecardText.levels(score.framework()).size();
	}

	/** Whether any variable gives its evidence; the scores table has an evidence column only then, never an empty one. */
	public boolean hasEvidence() {
		return score.variables().stream().anyMatch(variable -> variable.note() != null && !variable.note().isBlank());
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		List<Level> levels = ScorecardText.levels(score.framework());
		for (ItemScore area : score.areas()) {
			int areaRows = area.children().stream().mapToInt(c -> Math.max(1, c.children().size())).sum();
			boolean firstOfArea = true;
			for (ItemScore component : area.children()) {
				boolean firstOfComponent = true;
				for (ItemScore variable : component.children()) {
					Optional<Level> level = ScaleLevels.levelOf(score.framework(), variable.value());
					rows.add(new Row(area, component, variable, firstOfArea, firstOfComponent, areaRows, component.children().size(), text.score(variable),
							level.map(text::levelName).orElse(""), level.map(levels::indexOf).orElse(-1)));
					firstOfArea = false;
					firstOfComponent = false;
				}
			}
		}
		return rows;
	}

	/** Components ordered by gap, largest first (components without a value last). */
	public List<ItemScore> componentsByGap() {
		List<ItemScore> components = new ArrayList<>(score.components());
		components.sort(byGap());
		return components;
	}

	private static Comparator<ItemScore> byGap() {
		return Comparator.comparing((ItemScore c) -> c.gap() == null ? BigDecimal.valueOf(-1) : c.gap()).reversed().thenComparing(ItemScore::code);
	}

	/** "1.1.2 (2), 1.1.3 (2)": the variables of a component that have a gap, largest first; "–" if none. */
	public String variablesWithGap(ItemScore component) {
		List<ItemScore> variables = new ArrayList<>(component.children());
		variables.sort(byGap());
		List<String> parts = new ArrayList<>();
		for (ItemScore variable : variables) {
			if (variable.gap() != null && variable.gap().signum() > 0) {
				parts.add(text.text("gap.variable", "code", variable.code(), "gap", text.plain(variable.gap())));
			}
		}
		return parts.isEmpty() ? "–" : String.join(", ", parts);
	}

	/** Whether an item of the progress table is a variable (its values are scores as written, not means). */
	public boolean isVariable(Progress.Change change) {
		Set<String> codes = score.variables().stream().map(ItemScore::code).collect(Collectors.toSet());
		return codes.contains(change.code());
	}

	/** A value of the progress table: a variable's score as written, a mean with two decimals. */
	public String progressValue(Progress.Change change, BigDecimal value) {
		return isVariable(change) ? (value == null ? "–" : text.plain(value)) : text.mean(value);
	}

	public String title(Progress.Change change) {
		return score.byCode(change.code()).map(text::title).orElse(change.title());
	}

	public String direction(Progress.Change change) {
		return text.text(switch (change.direction()) {
			case UP -> "direction.up";
			case DOWN -> "direction.down";
			case UNCHANGED -> "direction.unchanged";
			case NOT_COMPARABLE -> "direction.notComparable";
		});
	}

	/** Light grey for the lowest level to mid grey for the highest, so shading reads in grey print; black text stays legible on every step. */
	public static String shade(int rank, int count) {
		if (rank < 0) {
			return "#ffffff";
		}
		int grey = count <= 1 ? 230 : (int) Math.round(246 - 100.0 * rank / (count - 1));
		return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", grey, grey, grey);
	}
}
