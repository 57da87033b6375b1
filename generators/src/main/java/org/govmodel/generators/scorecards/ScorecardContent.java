package org.govmodel.generators.scorecards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.dsl.scoring.ScoreFormat;

/**
 * What a scorecard says, independent of its format: the rows of the guide's
 * tables IV.2-IV.4, the gaps in order, and what moved since the previous
 * assessment. The Markdown and HTML renderers only lay this out.
 */
public record ScorecardContent(AssessmentScore score, Optional<Progress> progress) {

	/** One row of the scorecard table; area and component cells span their rows. */
	public record Row(ItemScore area, ItemScore component, ItemScore variable, boolean firstOfArea, boolean firstOfComponent,
			int areaRows, int componentRows, String value, String level) {
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (ItemScore area : score.areas()) {
			int areaRows = area.children().stream().mapToInt(c -> Math.max(1, c.children().size())).sum();
			boolean firstOfArea = true;
			for (ItemScore component : area.children()) {
				boolean firstOfComponent = true;
				for (ItemScore variable : component.children()) {
					String level = ScaleLevels.levelOf(score.framework(), variable.value()).map(Level::getTitle).orElse("");
					rows.add(new Row(area, component, variable, firstOfArea, firstOfComponent, areaRows, component.children().size(),
							variable.notApplicable() ? "n/a" : variable.value() == null ? "not scored" : ScoreFormat.plain(variable.value()), level));
					firstOfArea = false;
					firstOfComponent = false;
				}
			}
		}
		return rows;
	}

	/** Components with their variables ordered by gap, largest first (variables without a value last). */
	public List<ItemScore> componentsByGap() {
		List<ItemScore> components = new ArrayList<>(score.components());
		components.sort(Comparator.comparing((ItemScore c) -> c.gap() == null ? java.math.BigDecimal.valueOf(-1) : c.gap()).reversed()
				.thenComparing(ItemScore::code));
		return components;
	}

	public static List<ItemScore> variablesByGap(ItemScore component) {
		List<ItemScore> variables = new ArrayList<>(component.children());
		variables.sort(Comparator.comparing((ItemScore v) -> v.gap() == null ? java.math.BigDecimal.valueOf(-1) : v.gap()).reversed()
				.thenComparing(ItemScore::code));
		return variables;
	}

	/** "1.1.2 (3.00), 1.1.3 (3.00)": the variables of a component that have a gap, largest first; "—" if none. */
	public static String variablesWithGap(ItemScore component) {
		StringBuilder text = new StringBuilder();
		for (ItemScore variable : variablesByGap(component)) {
			if (variable.gap() != null && variable.gap().signum() > 0) {
				text.append(text.length() == 0 ? "" : ", ").append(variable.code()).append(" (").append(ScoreFormat.format(variable.gap())).append(')');
			}
		}
		return text.length() == 0 ? "—" : text.toString();
	}

	/** "3 (2025)" or "4 (top of scale)". */
	public static String target(ItemScore item) {
		return ScoreFormat.plain(item.target()) + (item.targetYear() == null ? " (top of scale)" : " (" + item.targetYear() + ")");
	}

	public static String direction(Progress.Change change) {
		return switch (change.direction()) {
			case UP -> "up";
			case DOWN -> "down";
			case UNCHANGED -> "unchanged";
			case NOT_COMPARABLE -> "not comparable";
		};
	}
}
