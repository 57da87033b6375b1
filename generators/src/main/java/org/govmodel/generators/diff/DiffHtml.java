package org.govmodel.generators.diff;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.OrgChartBuilder;
import org.govmodel.generators.output.XmlWriter;
import org.govmodel.generators.scorecards.RadarSvg;
import org.govmodel.generators.scorecards.ScorecardHtml;

import com.google.inject.Inject;

/**
 * The diff as one self-contained HTML page (inline style and SVG, no scripts):
 * per jurisdiction whose structure changed, the governance diagram before and
 * after with added, removed and changed boxes marked; per assessment whose
 * scores changed, the radar with both polygons and the score table; then the
 * structural changes and findings. Diagrams and radars are drawn by the
 * generators' own {@link DiagramSvg} and {@link RadarSvg}.
 */
public class DiffHtml {

	private static final String STYLE = ScorecardHtml.STYLE + """
			g.added rect{stroke:#1a7f37;stroke-width:3.5;fill:#e6ffec}
			g.removed rect{stroke:#cf222e;stroke-width:3.5;fill:#ffebe9;stroke-dasharray:6 3}
			g.changed rect{stroke:#9a6700;stroke-width:3.5;fill:#fff8c5}
			.added{color:#1a7f37}.removed{color:#cf222e}.changed,.renamed{color:#9a6700}
			.warning{border-left:4px solid #cf222e;padding:4px 12px;background:#ffebe9}
			figure{margin:1em 0}figure svg{max-width:100%;height:auto}
			.legend span{display:inline-block;padding:2px 8px;margin-right:8px;border:2px solid}""";

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

	public String render(ModelDiff diff, LoadedModels before, LoadedModels after, String title) {
		XmlWriter html = XmlWriter.htmlPage("en", title, STYLE);
		html.text("h1", title);
		html.text("p", DiffWords.headline(diff), "class", "meta", "id", "headline");
		if (!diff.historyRewrites().isEmpty()) {
			html.text("p", "History rewrite: scores or targets changed in " + String.join(", ", diff.historyRewrites().stream()
					.map(a -> a.name() + " (" + a.year() + ")").toList()) + ", which is not the latest assessment of its framework.", "class", "warning");
		}
		diagrams(html, diff, before, after);
		for (AssessmentChange assessment : diff.assessments()) {
			assessment(html, assessment, before, after);
		}
		structure(html, diff);
		findings(html, diff);
		html.close();
		html.close();
		return html.finish();
	}

	private void diagrams(XmlWriter html, ModelDiff diff, LoadedModels before, LoadedModels after) {
		Map<String, String> oldMarks = new HashMap<>();
		Map<String, String> newMarks = new HashMap<>();
		for (ElementChange change : diff.elements()) {
			if (change.oldName() != null) {
				oldMarks.put(OrgChartBuilder.nodeId(change.oldName()), change.kind() == Kind.REMOVED ? "removed" : "changed");
			}
			if (change.newName() != null) {
				newMarks.put(OrgChartBuilder.nodeId(change.newName()), change.kind() == Kind.ADDED ? "added" : "changed");
			}
		}
		for (LineChange line : diff.lines()) {
			newMarks.putIfAbsent(OrgChartBuilder.nodeId(line.party()), "changed");
		}
		List<String> jurisdictions = diff.elements().stream().map(ElementChange::jurisdiction).distinct().toList();
		List<String> withLines = diff.lines().stream().map(LineChange::jurisdiction).toList();
		for (String jurisdiction : java.util.stream.Stream.concat(jurisdictions.stream(), withLines.stream()).distinct().toList()) {
			Optional<Jurisdiction> old = jurisdiction(before, jurisdiction);
			Optional<Jurisdiction> now = jurisdiction(after, jurisdiction);
			if (old.isEmpty() && now.isEmpty()) {
				continue;
			}
			html.text("h2", "Governance of " + now.or(() -> old).map(Jurisdiction::getTitle).orElse(jurisdiction));
			html.open("p", "class", "legend");
			html.text("span", "added", "class", "added");
			html.text("span", "removed", "class", "removed");
			html.text("span", "changed", "class", "changed");
			html.close();
			figure(html, "Before", old, oldMarks);
			figure(html, "After", now, newMarks);
		}
	}

	private void figure(XmlWriter html, String caption, Optional<Jurisdiction> jurisdiction, Map<String, String> marks) {
		html.open("figure", "class", caption.toLowerCase(java.util.Locale.ROOT));
		html.text("figcaption", caption);
		if (jurisdiction.isPresent()) {
			html.raw(withoutProlog(diagrams.render(charts.governance(views.viewOf(jurisdiction.get())), marks::get)));
		} else {
			html.text("p", "(the jurisdiction is not declared in this version)");
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

	private void assessment(XmlWriter html, AssessmentChange change, LoadedModels before, LoadedModels after) {
		html.text("h2", "Scores of " + change.name() + " (" + change.framework() + ", " + change.year() + ")");
		html.text("p", "Mean " + DiffWords.number(change.meanBefore()) + " → " + DiffWords.number(change.meanAfter()) + " ("
				+ DiffWords.delta(change.meanBefore(), change.meanAfter()) + ")", "class", "meta");
		Optional<Assessment> old = assessment(before, change.oldName());
		Optional<Assessment> now = assessment(after, change.name());
		if (old.isPresent() && now.isPresent() && now.get().getFramework() != null && !now.get().getFramework().eIsProxy()) {
			html.open("figure", "class", "radar");
			html.text("figcaption", "Component means before (solid) and after (dashed)");
			html.raw(withoutProlog(radar.render(now.get().getFramework(), List.of(engine.score(old.get()), engine.score(now.get())))));
			html.close();
		}
		if (!change.variables().isEmpty()) {
			table(html, List.of("Variable", "Before", "After", "Δ", "Component", "Area", "Gap before", "Gap after"));
			for (ScoreChange score : change.variables()) {
				row(html, score.code() + " " + score.title(), DiffWords.value(score.before()), DiffWords.value(score.after()),
						score.delta() == null ? "–" : DiffWords.delta(BigDecimal.ZERO, score.delta()), score.component(), score.area(),
						DiffWords.number(score.gapBefore()), DiffWords.number(score.gapAfter()));
			}
			html.close().close();
		}
		if (!change.means().isEmpty()) {
			table(html, List.of("Level", "Code", "Title", "Mean before", "Mean after", "Δ", "Gap before", "Gap after"));
			for (MeanChange mean : change.means()) {
				row(html, mean.level(), mean.code(), mean.title(), DiffWords.number(mean.before()), DiffWords.number(mean.after()),
						DiffWords.delta(mean.before(), mean.after()), DiffWords.number(mean.gapBefore()), DiffWords.number(mean.gapAfter()));
			}
			html.close().close();
		}
		if (!change.targets().isEmpty()) {
			html.open("ul", "class", "targets");
			change.targets().forEach(t -> html.text("li", DiffWords.target(t)));
			html.close();
		}
	}

	private static void structure(XmlWriter html, ModelDiff diff) {
		if (diff.elements().isEmpty() && diff.lines().isEmpty()) {
			return;
		}
		html.text("h2", "Structure");
		table(html, List.of("Change", "Kind", "Name", "Title", "Attributes", "Where"));
		for (ElementChange change : diff.elements()) {
			html.open("tr", "class", change.kind().word());
			for (String cell : new String[] { change.kind().word(), change.elementKind(),
					change.kind() == Kind.RENAMED ? change.oldName() + " → " + change.newName() : change.name(), change.title() == null ? "" : change.title(),
					DiffWords.attributes(change), change.location() }) {
				html.text("td", cell);
			}
			html.close();
		}
		html.close().close();
		if (!diff.lines().isEmpty()) {
			html.open("ul", "class", "lines");
			diff.lines().forEach(l -> html.text("li", DiffWords.line(l)));
			html.close();
		}
	}

	private static void findings(XmlWriter html, ModelDiff diff) {
		if (diff.findings().isEmpty()) {
			return;
		}
		html.text("h2", "Findings");
		table(html, List.of("Change", "Severity", "Rule", "Where", "Message"));
		for (FindingChange finding : diff.findings()) {
			var d = finding.diagnostic();
			html.open("tr", "class", finding.introduced() ? "removed" : "added");
			for (String cell : new String[] { finding.introduced() ? "introduced" : "resolved", d.severityName(), d.ruleId(), d.path() + ":" + d.line(),
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
