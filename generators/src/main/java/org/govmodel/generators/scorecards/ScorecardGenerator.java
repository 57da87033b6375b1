package org.govmodel.generators.scorecards;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.scoring.AssessmentHistory;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.output.FolderNames;
import org.govmodel.generators.scores.ScoresCsv;

import com.google.inject.Inject;
import org.govmodel.generators.output.MarkdownText;

/**
 * The scorecard reports of the models' assessments, under {@code scorecards/}:
 * per assessment a Markdown and an HTML scorecard (table, gaps, what moved);
 * per jurisdiction and framework a radar and a trend (SVG, and the trend as a
 * Markdown table); all scores as CSV; an index.
 */
public class ScorecardGenerator {

	public static final String FOLDER = "scorecards/";

	@Inject
	private ScoringEngine engine;

	@Inject
	private AssessmentHistory history;

	@Inject
	private GovernanceViews views;

	@Inject
	private ReportSubjects subjects;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ScorecardMarkdown markdown;

	@Inject
	private ScorecardHtml html;

	@Inject
	private RadarSvg radar;

	@Inject
	private TrendSvg trend;

	@Inject
	private ScoresCsv csv;

	public void generate(List<Model> models, Artifacts artifacts) {
		Names names = names(models);
		Map<String, List<AssessmentScore>> series = new LinkedHashMap<>();
		List<AssessmentScore> all = new ArrayList<>();
		for (Assessment assessment : names.assessments()) {
			all.add(engine.score(assessment));
			series.computeIfAbsent(names.seriesKey(assessment), k -> history.of(assessment));
		}
		if (all.isEmpty()) {
			return;
		}
		all.sort(java.util.Comparator.comparing((AssessmentScore s) -> qualifiedName(s.assessment())).thenComparingInt(AssessmentScore::year));
		StringBuilder index = new StringBuilder("# Scorecards\n\n| Assessment | Framework | Year | Mean | Scorecard |\n| --- | --- | ---: | ---: | --- |\n");
		for (AssessmentScore score : all) {
			String base = names.scorecard(score.assessment());
			String radarFile = names.series(names.seriesKey(score.assessment())) + "-radar.svg";
			Optional<Progress> progress = history.previous(score.assessment()).map(previous -> Progress.between(previous, score));
			ScorecardContent content = new ScorecardContent(score, progress);
			String title = title(score);
			artifacts.add(FOLDER + base + ".md", markdown.render(content, title, radarFile));
			artifacts.add(FOLDER + base + ".html", html.render(content, title, radarFile));
			index.append("| ").append(MarkdownText.escape(qualifiedName(score.assessment()))).append(" | ").append(MarkdownText.escape(score.framework().getTitle()))
					.append(" | ").append(score.year()).append(" | ").append(ScoreFormat.format(score.mean()))
					.append(" | [Markdown](").append(base).append(".md) · [HTML](").append(base).append(".html) |\n");
		}
		index.append("\nRadars and trends: ");
		for (Map.Entry<String, List<AssessmentScore>> entry : series.entrySet()) {
			String base = names.series(entry.getKey());
			Framework framework = entry.getValue().get(0).framework();
			artifacts.add(FOLDER + base + "-radar.svg", radar.render(framework, entry.getValue()));
			artifacts.add(FOLDER + base + "-trend.svg", trend.render(framework, entry.getValue()));
			artifacts.add(FOLDER + base + "-trend.md", trendTable(framework, entry.getValue(), base));
			index.append("[").append(MarkdownText.escape(names.seriesTitle(entry.getKey()))).append(" radar](").append(base).append("-radar.svg), [trend](").append(base).append("-trend.md); ");
		}
		index.setLength(index.length() - 2);
		index.append(".\n\nAll scores as CSV: [scores.csv](scores.csv).\n");
		artifacts.add(FOLDER + "index.md", index.toString());
		artifacts.add(FOLDER + "scores.csv", csv.render(all));
	}

	/** Where the HTML scorecard of each scored assessment of the models is, relative to the output folder. */
	public Map<Assessment, String> htmlScorecards(List<Model> models) {
		Names names = names(models);
		Map<Assessment, String> result = new LinkedHashMap<>();
		names.assessments().forEach(a -> result.put(a, FOLDER + names.scorecard(a) + ".html"));
		return result;
	}

	/**
	 * The file names of the scorecards folder, distinct by construction: a scorecard per assessment (after its
	 * qualified name), a radar and a trend per series (a subject's assessments of one framework), and the index.
	 */
	private Names names(List<Model> models) {
		Map<GovernanceView, Subject> subjectOf = new IdentityHashMap<>();
		subjects.of(models).forEach(subject -> subjectOf.put(subject.view(), subject));
		FolderNames folder = new FolderNames("index.md", "scores.csv");
		Map<Assessment, String> assessmentKeys = new LinkedHashMap<>();
		Map<Assessment, String> seriesKeys = new LinkedHashMap<>();
		Map<String, String> seriesTitles = new LinkedHashMap<>();
		for (Model model : models) {
			for (Assessment assessment : model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList()) {
				if (assessment.getFramework() == null || assessment.getFramework().eIsProxy()) {
					continue;
				}
				assessmentKeys.put(assessment, "assessment " + qualifiedName(assessment));
				folder.add(assessmentKeys.get(assessment), qualifiedName(assessment), ".md", ".html");
				Subject subject = subjectOf.get(views.viewOf(assessment));
				String key = "series " + (subject == null ? "" : subject.key()) + " " + qualifiedName(assessment.getFramework());
				String title = (subject == null ? "model" : subject.fileName()) + "." + qualifiedName(assessment.getFramework());
				seriesKeys.put(assessment, key);
				if (seriesTitles.putIfAbsent(key, title) == null) {
					folder.add(key, title, "-radar.svg", "-trend.svg", "-trend.md");
				}
			}
		}
		return new Names(folder, assessmentKeys, seriesKeys, seriesTitles);
	}

	private record Names(FolderNames folder, Map<Assessment, String> assessmentKeys, Map<Assessment, String> seriesKeys, Map<String, String> seriesTitles) {
		List<Assessment> assessments() {
			return List.copyOf(assessmentKeys.keySet());
		}

		String scorecard(Assessment assessment) {
			return folder.stem(assessmentKeys.get(assessment));
		}

		String seriesKey(Assessment assessment) {
			return seriesKeys.get(assessment);
		}

		String series(String key) {
			return folder.stem(key);
		}

		String seriesTitle(String key) {
			return seriesTitles.get(key);
		}
	}

	private String trendTable(Framework framework, List<AssessmentScore> scores, String base) {
		StringBuilder md = new StringBuilder("# ").append(MarkdownText.escape(framework.getTitle())).append(": trend\n\n");
		md.append("![Component means by year](").append(base).append("-trend.svg)\n\n| Component |");
		scores.forEach(s -> md.append(' ').append(s.year()).append(" |"));
		md.append("\n| --- |");
		scores.forEach(s -> md.append(" ---: |"));
		md.append('\n');
		for (var component : scores.get(scores.size() - 1).components()) {
			md.append("| ").append(component.code()).append(' ').append(MarkdownText.escape(component.title())).append(" |");
			for (AssessmentScore s : scores) {
				md.append(' ').append(ScoreFormat.format(s.byCode(component.code()).map(c -> c.value()).orElse(null))).append(" |");
			}
			md.append('\n');
		}
		md.append("| **Mean** |");
		scores.forEach(s -> md.append(" **").append(ScoreFormat.format(s.mean())).append("** |"));
		return md.append('\n').toString();
	}

	private String title(AssessmentScore score) {
		String jurisdiction = views.viewOf(score.assessment()).subject().map(Jurisdiction::getTitle).orElse("");
		return (jurisdiction.isEmpty() ? "" : jurisdiction + ": ") + score.framework().getTitle() + " " + score.year();
	}

	private String qualifiedName(org.eclipse.emf.ecore.EObject element) {
		return String.valueOf(names.getFullyQualifiedName(element));
	}
}
