package org.govmodel.generators.scores;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.TerminalText;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.scorecards.ScorecardText;

import com.google.inject.Inject;

/** Scores for the terminal: an indented table of areas, components and variables with means rounded to two decimals, in the reader's language. */
public class ScoresText {

	private static final int LABEL_WIDTH = 72;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ScorecardText.Factory texts;

	public String render(List<AssessmentScore> assessments) {
		return render(assessments, Language.EN);
	}

	public String render(List<AssessmentScore> assessments, Language language) {
		ScorecardText text = texts.of(language);
		StringBuilder out = new StringBuilder();
		for (AssessmentScore assessment : assessments) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append(TerminalText.escape(text.text("text.assessment", "name", String.valueOf(names.getFullyQualifiedName(assessment.assessment())),
					"framework", text.framework(assessment.framework()), "year", assessment.year(), "mean", text.mean(assessment.mean())))).append('\n');
			for (ItemScore area : assessment.areas()) {
				line(out, 1, area.code(), text.title(area), text.mean(area.value()), "");
				for (ItemScore component : area.children()) {
					line(out, 2, component.code(), text.title(component), text.mean(component.value()), "");
					for (ItemScore variable : component.children()) {
						line(out, 3, variable.code(), text.title(variable), text.score(variable), text.levelName(assessment.framework(), variable.value()));
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * One line; a title too long for the column continues on the next lines, indented, never cut. A framework's
	 * titles are model text, escaped for the terminal ({@link TerminalText}).
	 */
	private static void line(StringBuilder out, int depth, String code, String title, String value, String levelName) {
		String level = TerminalText.escape(levelName);
		String indent = "  ".repeat(depth);
		String label = indent + code + "  " + TerminalText.escape(title);
		String continuation = " ".repeat(indent.length() + code.length() + 2);
		StringBuilder current = new StringBuilder();
		List<String> lines = new java.util.ArrayList<>();
		for (String word : label.substring(indent.length()).split(" ")) {
			String prefix = lines.isEmpty() ? indent : continuation;
			if (current.length() > 0 && prefix.length() + current.length() + 1 + word.length() > LABEL_WIDTH) {
				lines.add(prefix + current);
				current.setLength(0);
			}
			current.append(current.length() == 0 ? "" : " ").append(word);
		}
		lines.add((lines.isEmpty() ? indent : continuation) + current);
		for (int i = 0; i < lines.size() - 1; i++) {
			out.append(lines.get(i).stripTrailing()).append('\n');
		}
		out.append(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s %6s", lines.get(lines.size() - 1), value));
		if (!level.isEmpty()) {
			out.append("  ").append(level);
		}
		out.append('\n');
	}
}
