package org.govmodel.generators.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.DocsPages;
import org.govmodel.generators.diagrams.OrgChartBuilder;
import org.govmodel.generators.output.XmlWriter;
import org.govmodel.generators.scorecards.RadarSvg;
import org.govmodel.generators.scorecards.ScorecardHtml;
import org.govmodel.generators.scorecards.ScorecardText;

import com.google.inject.Inject;

/**
 * The diff as one self-contained HTML page (inline style and SVG, no scripts):
 * per jurisdiction whose structure changed, the governance diagram before and
 * after with added, removed and changed boxes marked; per assessment whose
 * scores changed, the radar with both polygons and the score table; then the
 * structural changes and findings. Diagrams and radars are drawn by the
 * generators' own {@link DiagramSvg} and {@link RadarSvg}. Words, diagrams,
 * radar and the page's {@code lang} in the reader's language.
 */
public class DiffHtml {

	/** The marks, in the order the legend explains them. */
	private static final List<String> MARKS = List.of("added", "removed", "changed");

	// a marked line is wider than any kind of line and coloured as its mark (the kinds' own colours are dark
	// blue, brown, green, grey and purple); removed ones dashed like removed boxes, so the marks read in grey too.
	// Its label keeps its weight: the plate under it is sized for the regular face.
	private static final String STYLE = ScorecardHtml.STYLE + """
			g.box.added rect{stroke:#1a7f37;stroke-width:3.5;fill:#e6ffec}
			g.box.removed rect{stroke:#cf222e;stroke-width:3.5;fill:#ffebe9;stroke-dasharray:6 3}
			g.box.changed rect{stroke:#9a6700;stroke-width:3.5;fill:#fff8c5}
			g.line.added polyline,.line-mark.added line{stroke:#1a7f37;stroke-width:4.5;stroke-dasharray:none}
			g.line.removed polyline,.line-mark.removed line{stroke:#cf222e;stroke-width:4.5;stroke-dasharray:7 4}
			g.line.changed polyline,.line-mark.changed line{stroke:#d4a72c;stroke-width:4.5;stroke-dasharray:none}
			g.line.added text{fill:#1a7f37}g.line.removed text{fill:#cf222e}g.line.changed text{fill:#9a6700}
			.added{color:#1a7f37}.removed{color:#cf222e}.changed,.renamed{color:#9a6700}
			.warning{border-left:4px solid #cf222e;padding:4px 12px;background:#ffebe9}
			figure{margin:1em 0}figure svg{max-width:100%;height:auto}
			.legend>span{display:inline-block;padding:2px 8px;margin-right:8px}.legend .box-mark{border:2px solid}
			.legend .line-mark svg{vertical-align:middle;margin-right:4px}""";

	@Inject
	private GovernanceViews views;

	@Inject
	private OrgChartBuilder charts;

	@Inject
	private DiagramSvg diagrams;

	@Inject
	private RadarSvg radar;

	@Inject
	private ScoringEngine engine;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private DiffWords.Factory words;

	@Inject
	private ScorecardText.Factory scorecardTexts;

	/**
	 * @param title the page's title and heading, in the language (see {@link DiffWords} {@code title.*})
	 */
	public String render(ModelDiff diff, LoadedModels before, LoadedModels after, String title, Language language) {
		DiffWords say = words.of(language);
		XmlWriter html = XmlWriter.htmlPage(language.tag(), title, STYLE);
		html.text("h1", title);
		html.text("p", say.headline(diff), "class", "meta", "id", "headline");
		if (!diff.historyRewrites().isEmpty()) {
			List<String> rewritten = diff.historyRewrites().stream().map(a -> a.name() + " (" + a.year() + ")").toList();
			html.text("p", say.text("html.historyRewrite", "count", rewritten.size(), "assessments", say.list(rewritten)), "class", "warning");
		}
		diagrams(html, diff, before, after, say);
		for (AssessmentChange assessment : diff.assessments()) {
			assessment(html, assessment, before, after, say);
		}
		structure(html, diff, say);
		findings(html, diff, say);
		html.close();
		html.close();
		return html.finish();
	}

	private void diagrams(XmlWriter html, ModelDiff diff, LoadedModels before, LoadedModels after, DiffWords say) {
		DiagramMarks oldMarks = DiagramMarks.before(diff);
		DiagramMarks newMarks = DiagramMarks.after(diff);
		List<String> jurisdictions = diff.elements().stream().map(ElementChange::jurisdiction).distinct().toList();
		List<String> withLines = diff.lines().stream().map(LineChange::jurisdiction).toList();
		for (String jurisdiction : java.util.stream.Stream.concat(jurisdictions.stream(), withLines.stream()).distinct().toList()) {
			Optional<Jurisdiction> old = jurisdiction(before, jurisdiction);
			Optional<Jurisdiction> now = jurisdiction(after, jurisdiction);
			if (old.isEmpty() && now.isEmpty()) {
				continue;
			}
			html.text("h2", say.text("html.governance", "jurisdiction", now.or(() -> old).map(Jurisdiction::getTitle).orElse(jurisdiction)));
			legend(html, say, DiagramMarks.drawsLines(diff, jurisdiction));
			figure(html, "before", say, old, oldMarks);
			figure(html, "after", say, now, newMarks);
		}
	}

	/** What the marks mean: the boxes' frames and, when the diagrams mark lines, the lines' strokes. */
	private static void legend(XmlWriter html, DiffWords say, boolean lines) {
		html.open("p", "class", "legend");
		for (String mark : MARKS) {
			html.text("span", say.text("mark." + mark), "class", "box-mark " + mark);
		}
		if (lines) {
			for (String mark : MARKS) {
				html.open("span", "class", "line-mark " + mark);
				html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", "30", "height", "10", "aria-hidden", "true");
				html.empty("line", "x1", "1", "y1", "5", "x2", "29", "y2", "5");
				html.close();
				html.text("span", say.text("mark.line." + mark));
				html.close();
			}
		}
		html.close();
	}

	/** @param side "before" or "after": the figure's class and the key of its caption */
	private void figure(XmlWriter html, String side, DiffWords say, Optional<Jurisdiction> jurisdiction, DiagramMarks marks) {
		html.open("figure", "class", side);
		html.text("figcaption", say.text("figure." + side));
		if (jurisdiction.isPresent()) {
			html.raw(withoutProlog(diagrams.renderMarked(charts.governance(views.viewOf(jurisdiction.get()), say.language(), DocsPages.NONE), marks::box,
					marks::line)));
		} else {
			html.text("p", say.text("html.notDeclared"));
		}
		html.close();
	}

	private static String withoutProlog(String svg) {
		return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
	}

	private static Optional<Jurisdiction> jurisdiction(LoadedModels models, String name) {
		return models.models().flatMap(m -> m.getElements().stream()).filter(Jurisdiction.class::isInstance).map(Jurisdiction.class::cast)
				.filter(j -> name.equals(j.getName())).findFirst();
	}

	private Optional<Assessment> assessment(LoadedModels models, String name) {
		return models.models().flatMap(m -> m.getElements().stream()).filter(Assessment.class::isInstance).map(Assessment.class::cast)
				.filter(a -> name.equals(String.valueOf(names.getFullyQualifiedName(a)))).findFirst();
	}

	private void assessment(XmlWriter html, AssessmentChange change, LoadedModels before, LoadedModels after, DiffWords say) {
		html.text("h2", say.text("html.scores", "name", change.name(), "framework", say.framework(change), "year", String.valueOf(change.year())));
		html.text("p", say.text("html.mean", "before", say.number(change.meanBefore()), "after", say.number(change.meanAfter()), "delta",
				say.delta(change.meanBefore(), change.meanAfter())), "class", "meta");
		Optional<Assessment> old = assessment(before, change.oldName());
		Optional<Assessment> now = assessment(after, change.name());
		if (old.isPresent() && now.isPresent() && now.get().getFramework() != null && !now.get().getFramework().eIsProxy()) {
			html.open("figure", "class", "radar");
			html.text("figcaption", say.text("html.radarCaption"));
			html.raw(withoutProlog(radar.render(now.get().getFramework(), List.of(engine.score(old.get()), engine.score(now.get())), "",
					scorecardTexts.of(say.language()))));
			html.close();
		}
		if (!change.variables().isEmpty()) {
			table(html, List.of(say.text("column.variable"), say.text("column.before"), say.text("column.after"), "Δ", say.text("column.component"),
					say.text("column.area"), say.text("column.gapBefore"), say.text("column.gapAfter")));
			for (ScoreChange score : change.variables()) {
				row(html, score.code() + " " + say.title(score), say.score(score.before()), say.score(score.after()),
						score.delta() == null ? "–" : say.delta(BigDecimal.ZERO, score.delta()), score.component(), score.area(),
						say.number(score.gapBefore()), say.number(score.gapAfter()));
			}
			html.close().close();
		}
		if (!change.means().isEmpty()) {
			table(html, List.of(say.text("column.level"), say.text("column.code"), say.text("column.title"), say.text("column.meanBefore"),
					say.text("column.meanAfter"), "Δ", say.text("column.gapBefore"), say.text("column.gapAfter")));
			for (MeanChange mean : change.means()) {
				row(html, say.level(mean), mean.code(), say.title(mean), say.number(mean.before()), say.number(mean.after()),
						say.delta(mean.before(), mean.after()), say.number(mean.gapBefore()), say.number(mean.gapAfter()));
			}
			html.close().close();
		}
		if (!change.targets().isEmpty()) {
			html.open("ul", "class", "targets");
			change.targets().forEach(t -> html.text("li", say.target(t)));
			html.close();
		}
	}

	private static void structure(XmlWriter html, ModelDiff diff, DiffWords say) {
		if (diff.elements().isEmpty() && diff.lines().isEmpty()) {
			return;
		}
		html.text("h2", say.text("heading.structure"));
		table(html, List.of(say.text("column.change"), say.text("column.kind"), say.text("column.name"), say.text("column.title"),
				say.text("column.attributes"), say.text("column.where")));
		for (ElementChange change : diff.elements()) {
			html.open("tr", "class", change.kind().word());
			for (String cell : new String[] { say.change(change.kind()), say.kind(change.elementKind()), DiffWords.name(change),
					change.title() == null ? "" : change.title(), say.attributes(change), change.location() }) {
				html.text("td", cell);
			}
			html.close();
		}
		html.close().close();
		if (!diff.lines().isEmpty()) {
			html.open("ul", "class", "lines");
			diff.lines().forEach(l -> html.text("li", say.line(l)));
			html.close();
		}
	}

	private static void findings(XmlWriter html, ModelDiff diff, DiffWords say) {
		if (diff.findings().isEmpty()) {
			return;
		}
		html.text("h2", say.text("heading.findings"));
		table(html, List.of(say.text("column.change"), say.text("column.severity"), say.text("column.rule"), say.text("column.where"),
				say.text("column.message")));
		for (FindingChange finding : diff.findings()) {
			var d = finding.diagnostic();
			html.open("tr", "class", finding.introduced() ? "removed" : "added");
			for (String cell : new String[] { say.text(finding.introduced() ? "finding.introduced" : "finding.resolved"), say.severity(d), d.ruleId(),
					d.path() + ":" + d.line(),
					d.message() }) {
				html.text("td", cell);
			}
			html.close();
		}
		html.close().close();
	}

	/** Opens a table and its body after writing the header row; the caller closes both. */
	private static void table(XmlWriter html, List<String> headers) {
		html.open("table");
		html.open("thead").open("tr");
		headers.forEach(h -> html.text("th", h, "scope", "col"));
		html.close().close();
		html.open("tbody");
	}

	private static void row(XmlWriter html, String... cells) {
		html.open("tr");
		for (String cell : cells) {
			html.text("td", cell);
		}
		html.close();
	}
}
