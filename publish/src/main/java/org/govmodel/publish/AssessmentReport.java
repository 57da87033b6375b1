package org.govmodel.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.scoring.AssessmentHistory;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.DocsPages;
import org.govmodel.generators.scorecards.ScorecardText;
import org.govmodel.generators.diagrams.OrgChartBuilder;
import org.govmodel.generators.scorecards.RadarSvg;
import org.govmodel.generators.scorecards.TrendSvg;
import org.w3c.dom.Element;

import com.google.inject.Inject;

/**
 * The printable report of one assessment of a jurisdiction, as an XHTML document for A4 pages: a cover,
 * the governance structure (Diagram IV.1), the key to the scale's levels, the scorecard with each
 * variable's statement, the radar of this assessment, the trend across the assessments up to it, and the
 * gaps to the targets. Every number comes from the {@link ScoringEngine}; the drawings are the generators'.
 */
public class AssessmentReport {

	static final String BUNDLE = "org.govmodel.publish.i18n.pdf";

	@Inject
	private ScorecardText.Factory chartTexts;

	@Inject
	private ScoringEngine engine;

	@Inject
	private AssessmentHistory history;

	@Inject
	private LocalizedTitles titles;

	@Inject
	private OrgChartBuilder charts;

	@Inject
	private DiagramSvg diagrams;

	@Inject
	private RadarSvg radar;

	@Inject
	private TrendSvg trend;

	/** The report's document and its title. */
	public record Document(org.w3c.dom.Document xhtml, String title) {
	}

	/**
	 * @param view       the jurisdiction (or lone file) the assessment belongs to
	 * @param subject    how the reader calls it: the jurisdiction's title, else the file's name
	 * @param assessment one of the view's assessments
	 */
	public Document build(GovernanceView view, String subject, Assessment assessment, Language language) {
		Messages messages = Messages.load(BUNDLE, AssessmentReport.class, language);
		AssessmentScore score = engine.score(assessment);
		Framework framework = score.framework();
		Xhtml xhtml = new Xhtml(language.tag());
		String title = messages.text("document.title", "jurisdiction", subject, "assessment", assessment.getName(), "year", String.valueOf(score.year()));
		Element head = xhtml.add(xhtml.root(), "head");
		xhtml.add(head, "title", title);
		xhtml.add(head, "style", PrintStyle.css(messages.text("footer", "jurisdiction", subject, "assessment", assessment.getName(), "year", String.valueOf(score.year()))));
		Element body = xhtml.add(xhtml.root(), "body");

		cover(xhtml, body, messages, subject, score, language);
		structure(xhtml, body, messages, view, language);
		levels(xhtml, body, messages, framework, language);
		scorecard(xhtml, body, messages, score, language);
		section(xhtml, body, messages, "section.radar");
		figure(xhtml, body, radar.render(framework, List.of(score), subject, charts(language)));
		trend(xhtml, body, messages, framework, score, subject, language);
		gaps(xhtml, body, messages, score, language);
		return new Document(xhtml.document(), title);
	}

	/** The words of the radar and trend, as the scorecards draw them in the language. */
	private ScorecardText charts(Language language) {
		return chartTexts.of(language);
	}

	private void cover(Xhtml xhtml, Element body, Messages messages, String subject, AssessmentScore score, Language language) {
		Element cover = xhtml.addWithClass(body, "div", "cover", null);
		xhtml.addWithClass(cover, "p", "kicker", messages.text("cover.kicker"));
		xhtml.add(cover, "h1", subject);
		Framework framework = score.framework();
		xhtml.addWithClass(cover, "p", "subtitle", messages.text("cover.assessment", "assessment", score.assessment().getName(), "framework",
				titles.title(framework, language), "year", String.valueOf(score.year())));
		Optional.ofNullable(score.assessment().getAssessor()).filter(a -> !a.isBlank())
				.ifPresent(assessor -> xhtml.add(cover, "p", messages.text("cover.assessor", "assessor", assessor)));
		if (score.mean() != null) {
			xhtml.addWithClass(cover, "p", "mean", messages.text("cover.mean", "mean", messages.decimal(score.mean(), 2), "min",
					number(messages, framework.getScale().getMin()), "max", number(messages, framework.getScale().getMax())));
		}
		xhtml.addWithClass(cover, "p", "source", messages.text("cover.source"));
	}

	/**
	 * On a page of its own, on the sheet the diagram needs for its smallest text to read in print ({@link Paper}):
	 * A4 for a small structure, turned or larger for a wide or crowded one.
	 */
	private void structure(Xhtml xhtml, Element body, Messages messages, GovernanceView view, Language language) {
		Element page = xhtml.add(body, "div");
		section(xhtml, page, messages, "section.structure");
		Paper paper = Paper.all().get(0);
		if (view.bodies().isEmpty()) {
			xhtml.add(page, "p", messages.text("structure.none"));
		} else {
			Element figure = xhtml.addWithClass(page, "div", "figure diagram", null);
			Element svg = xhtml.addSvg(figure, diagrams.render(charts.governance(view, language, DocsPages.NONE)));
			paper = Paper.forDrawing(DrawingSize.of(svg), Paper.smallestText(svg));
			PrintStyle.fit(svg, paper.contentWidth(), paper.contentHeight());
		}
		page.setAttribute("class", "sheet-" + paper.name());
	}

	private void levels(Xhtml xhtml, Element body, Messages messages, Framework framework, Language language) {
		List<Level> levels = framework.getScale().getLevels();
		if (levels.isEmpty()) {
			return;
		}
		xhtml.add(body, "h3", messages.text("section.levels"));
		Element table = xhtml.addWithClass(body, "table", "levels", null);
		Element header = xhtml.add(xhtml.add(table, "thead"), "tr");
		xhtml.add(header, "th", messages.text("table.level"));
		xhtml.add(header, "th", messages.text("table.meaning"));
		Element rows = xhtml.add(table, "tbody");
		for (Level level : levels) {
			Element row = xhtml.add(rows, "tr");
			xhtml.addWithClass(row, "td", "number", number(messages, level.getValue()));
			xhtml.add(row, "td", titles.title(level, language));
		}
	}

	private void scorecard(Xhtml xhtml, Element body, Messages messages, AssessmentScore score, Language language) {
		section(xhtml, body, messages, "section.scorecard");
		for (ItemScore area : score.areas()) {
			xhtml.add(body, "h3", area.code() + " " + titles.title(area.item(), language));
			Element table = xhtml.addWithClass(body, "table", "scores", null);
			Element header = xhtml.add(xhtml.add(table, "thead"), "tr");
			for (String key : List.of("table.code", "table.item", "table.score", "table.target", "table.gap")) {
				xhtml.add(header, "th", messages.text(key));
			}
			Element rows = xhtml.add(table, "tbody");
			for (ItemScore component : area.children()) {
				row(xhtml, rows, messages, component, "component", titles.title(component.item(), language));
				for (ItemScore variable : component.children()) {
					Element row = row(xhtml, rows, messages, variable, "variable", titles.title(variable.item(), language));
					Optional<String> statement = titles.description(variable.item(), language).filter(s -> !s.isBlank());
					statement.ifPresent(text -> xhtml.addWithClass(row.getElementsByTagName("td").item(1), "div", "statement", text));
				}
			}
		}
	}

	private Element row(Xhtml xhtml, Element rows, Messages messages, ItemScore item, String kind, String title) {
		Element row = xhtml.addWithClass(rows, "tr", kind, null);
		xhtml.addWithClass(row, "td", "code", item.code());
		xhtml.add(xhtml.add(row, "td"), "div", title).setAttribute("class", "title");
		String value = item.notApplicable() ? messages.text("score.notApplicable")
				: item.hasValue() ? (kind.equals("variable") ? number(messages, item.value()) : messages.decimal(item.value(), 2)) : messages.text("score.missing");
		xhtml.addWithClass(row, "td", "number level-" + levelShade(item), value);
		String target = item.target() == null ? "" : item.targetYear() == null ? number(messages, item.target())
				: messages.text("target.year", "target", number(messages, item.target()), "year", String.valueOf(item.targetYear()));
		xhtml.addWithClass(row, "td", "number", target);
		xhtml.addWithClass(row, "td", "number", item.gap() == null ? "" : messages.decimal(item.gap(), 2));
		return row;
	}

	/** The shading class of a score: its whole level, so the table still reads when printed in grey. */
	private static String levelShade(ItemScore item) {
		return item.hasValue() ? String.valueOf(item.value().setScale(0, RoundingMode.DOWN).intValue()) : "none";
	}

	private void trend(Xhtml xhtml, Element body, Messages messages, Framework framework, AssessmentScore score, String subject, Language language) {
		List<AssessmentScore> upToThis = history.of(score.assessment()).stream().filter(s -> s.year() <= score.year()).toList();
		section(xhtml, body, messages, "section.trend");
		if (upToThis.size() < 2) {
			xhtml.add(body, "p", messages.text("trend.single", "count", upToThis.size()));
		} else {
			figure(xhtml, body, trend.render(framework, upToThis, subject, charts(language)));
		}
	}

	private void gaps(Xhtml xhtml, Element body, Messages messages, AssessmentScore score, Language language) {
		section(xhtml, body, messages, "section.gaps");
		List<ItemScore> withGap = score.components().stream().filter(c -> c.gap() != null && c.gap().signum() > 0)
				.sorted((a, b) -> b.gap().compareTo(a.gap())).toList();
		if (withGap.isEmpty()) {
			xhtml.add(body, "p", messages.text("gaps.none"));
			return;
		}
		Element list = xhtml.addWithClass(body, "ul", "gaps", null);
		for (ItemScore component : withGap) {
			Element item = xhtml.add(list, "li");
			xhtml.add(item, "div", messages.text("gaps.component", "component", component.code() + " " + titles.title(component.item(), language), "gap",
					messages.decimal(component.gap(), 2), "target", number(messages, component.target())));
			List<String> variables = component.children().stream().filter(v -> v.gap() != null && v.gap().signum() > 0)
					.map(v -> v.code() + " " + titles.title(v.item(), language)).toList();
			if (!variables.isEmpty()) {
				xhtml.addWithClass(item, "div", "variables", messages.text("gaps.variables", "count", variables.size(), "variables", messages.list(variables)));
			}
		}
	}

	private static void section(Xhtml xhtml, Element body, Messages messages, String key) {
		xhtml.add(body, "h2", messages.text(key));
	}

	private static void figure(Xhtml xhtml, Element body, String svg) {
		Element figure = xhtml.addWithClass(body, "div", "figure", null);
		PrintStyle.fit(xhtml.addSvg(figure, svg), PrintStyle.CONTENT_WIDTH, PrintStyle.CHART_MAX_HEIGHT);
	}

	/** A score or level as written: whole numbers without decimals, others with at most two. */
	private static String number(Messages messages, BigDecimal value) {
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return messages.decimal(rounded, Math.max(0, rounded.scale()));
	}
}
