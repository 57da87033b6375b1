package org.govmodel.generators.scorecards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.output.FolderNames;
import org.govmodel.generators.scores.ScoresCsv;

import com.google.inject.Inject;

/**
 * The scorecard reports of the models' assessments, under {@code scorecards/}, in the reader's language: per
 * assessment a Markdown and an HTML scorecard (key to the levels, table with statements, gaps, what moved) and
 * a radar of that year with its targets; per jurisdiction and framework a radar of every year, a trend page
 * (Markdown and HTML; with a chart from two years on); the scores and means as CSV (and, for Spanish and
 * Portuguese, as CSV for spreadsheets set to those languages); an index in Markdown and HTML.
 */
public class ScorecardGenerator {

	public static final String FOLDER = "scorecards/";
	private static final String[] OWN_FILES = { "index.md", "index.html", "scores.csv", "means.csv", "scores-excel.csv", "means-excel.csv" };

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
	private ScorecardIndex indexPage;

	@Inject
	private TrendPage trendPage;

	@Inject
	private RadarSvg radar;

	@Inject
	private TrendSvg trend;

	@Inject
	private ScoresCsv csv;

	@Inject
	private ScorecardText.Factory texts;

	/** In English, for the public. */
	public void generate(List<Model> models, Artifacts artifacts) {
		generate(models, artifacts, ReportOptions.defaults());
	}

	/**
	 * Writes the scorecards, the series' radars and trends, the data files and the index. Each assessment's files and
	 * each series' files are independent of the others: they are made on every core, in an order-independent way
	 * (the index lists them in the sorted order below whatever thread made them).
	 */
	public void generate(List<Model> models, Artifacts artifacts, ReportOptions options) {
		ScorecardText text = texts.of(options.language());
		Names names = names(models);
		List<Assessment> assessments = names.assessments();
		if (assessments.isEmpty()) {
			return;
		}
		List<AssessmentScore> all = new ArrayList<>(assessments.parallelStream().map(engine::score).toList());
		Map<String, List<AssessmentScore>> series = series(assessments, names);
		// each title looked up once, not at every comparison: a lookup takes the governance views' lock
		Map<Assessment, String> jurisdictions = new IdentityHashMap<>();
		all.forEach(score -> jurisdictions.put(score.assessment(), jurisdiction(score.assessment())));
		all.sort(Comparator.comparing((AssessmentScore s) -> jurisdictions.get(s.assessment())).thenComparing(s -> qualifiedName(s.framework()))
				.thenComparingInt(AssessmentScore::year).thenComparing(s -> qualifiedName(s.assessment())));
		List<ScorecardIndex.Entry> entries = all.parallelStream()
				.map(score -> writeScorecard(score, jurisdictions.get(score.assessment()), series.get(names.seriesKey(score.assessment())), names, text,
						artifacts))
				.toList();
		List.copyOf(series.entrySet()).parallelStream().forEach(entry -> writeSeries(names.series(entry.getKey()), entry.getValue(), text, artifacts));
		List<ScorecardIndex.DataFile> data = new ArrayList<>();
		artifacts.add(FOLDER + "scores.csv", csv.render(all, ScoresCsv.Dialect.DATA, text));
		artifacts.add(FOLDER + "means.csv", csv.means(all, ScoresCsv.Dialect.DATA, text));
		data.add(new ScorecardIndex.DataFile(text.text("index.scoresCsv"), "scores.csv"));
		data.add(new ScorecardIndex.DataFile(text.text("index.meansCsv"), "means.csv"));
		if (options.language() != Language.EN) {
			artifacts.add(FOLDER + "scores-excel.csv", csv.render(all, ScoresCsv.Dialect.EXCEL, text));
			artifacts.add(FOLDER + "means-excel.csv", csv.means(all, ScoresCsv.Dialect.EXCEL, text));
			data.add(new ScorecardIndex.DataFile(text.text("index.scoresExcel"), "scores-excel.csv"));
			data.add(new ScorecardIndex.DataFile(text.text("index.meansExcel"), "means-excel.csv"));
		}
		artifacts.add(FOLDER + "index.md", indexPage.markdown(entries, data, text));
		artifacts.add(FOLDER + "index.html", indexPage.html(entries, data, text));
	}

	/** Each series (a subject's assessments of one framework), scored oldest first, in the order first met. */
	private Map<String, List<AssessmentScore>> series(List<Assessment> assessments, Names names) {
		Map<String, Assessment> firstOfSeries = new LinkedHashMap<>();
		assessments.forEach(assessment -> firstOfSeries.putIfAbsent(names.seriesKey(assessment), assessment));
		// a collector that is not concurrent keeps the encounter order of an ordered stream, parallel or not
		return List.copyOf(firstOfSeries.entrySet()).parallelStream()
				.collect(Collectors.toMap(Map.Entry::getKey, first -> history.of(first.getValue()), (a, b) -> a, LinkedHashMap::new));
	}

	/** An assessment's scorecard (Markdown and HTML) and radar; its line in the index. */
	private ScorecardIndex.Entry writeScorecard(AssessmentScore score, String jurisdiction, List<AssessmentScore> itsSeries, Names names,
			ScorecardText text, Artifacts artifacts) {
		String base = names.scorecard(score.assessment());
		String seriesBase = names.series(names.seriesKey(score.assessment()));
		// the series is the assessment's history unless two views share a series name (no subject): then its own
		List<AssessmentScore> itsHistory = itsSeries.stream().anyMatch(s -> s.assessment() == score.assessment()) ? itsSeries : history.of(score.assessment());
		Optional<Progress> progress = AssessmentHistory.previous(score.assessment(), itsHistory).map(previous -> Progress.between(previous, score));
		ScorecardContent content = new ScorecardContent(score, progress, jurisdiction, text);
		artifacts.add(FOLDER + base + ".md", markdown.render(content, base + "-radar.svg", "index.md"));
		artifacts.add(FOLDER + base + ".html", html.render(content, base + "-radar.svg", "index.html"));
		artifacts.describe(FOLDER + base + ".html", score.assessment(), "scorecard");
		artifacts.add(FOLDER + base + "-radar.svg", radar.render(score.framework(), List.of(score), jurisdiction, text));
		return new ScorecardIndex.Entry(jurisdiction, text.framework(score.framework()), score.year(), text.mean(score.mean()), base, seriesBase);
	}

	/** A series' radar of every year, its trend chart when it has more than one year, and its trend page. */
	private void writeSeries(String base, List<AssessmentScore> scores, ScorecardText text, Artifacts artifacts) {
		Framework framework = scores.get(0).framework();
		String jurisdiction = jurisdiction(scores.get(0).assessment());
		artifacts.add(FOLDER + base + "-radar.svg", radar.render(framework, scores, jurisdiction, text));
		Optional<String> chart = Optional.empty();
		if (scores.size() > 1) {
			artifacts.add(FOLDER + base + "-trend.svg", trend.render(framework, scores, jurisdiction, text));
			chart = Optional.of(base + "-trend.svg");
		}
		String radarFile = base + "-radar.svg";
		artifacts.add(FOLDER + base + "-trend.md", trendPage.markdown(new TrendPage.Page(framework, scores, jurisdiction, chart, radarFile, "index.md", text)));
		artifacts.add(FOLDER + base + "-trend.html", trendPage.html(new TrendPage.Page(framework, scores, jurisdiction, chart, radarFile, "index.html", text)));
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
		FolderNames folder = new FolderNames(OWN_FILES);
		Map<Assessment, String> assessmentKeys = new LinkedHashMap<>();
		Map<Assessment, String> seriesKeys = new LinkedHashMap<>();
		Map<String, String> seriesTitles = new LinkedHashMap<>();
		for (Model model : models) {
			for (Assessment assessment : model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList()) {
				if (assessment.getFramework() == null || assessment.getFramework().eIsProxy()) {
					continue;
				}
				assessmentKeys.put(assessment, "assessment " + qualifiedName(assessment));
				folder.add(assessmentKeys.get(assessment), qualifiedName(assessment), ".md", ".html", "-radar.svg");
				Subject subject = subjectOf.get(views.viewOf(assessment));
				String key = "series " + (subject == null ? "" : subject.key()) + " " + qualifiedName(assessment.getFramework());
				String title = (subject == null ? "model" : subject.fileName()) + "." + qualifiedName(assessment.getFramework());
				seriesKeys.put(assessment, key);
				if (seriesTitles.putIfAbsent(key, title) == null) {
					folder.add(key, title, "-radar.svg", "-trend.svg", "-trend.md", "-trend.html");
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

	/** The title of the jurisdiction an assessment belongs to, or empty. */
	private String jurisdiction(Assessment assessment) {
		return views.viewOf(assessment).subject().map(Jurisdiction::getTitle).filter(t -> t != null).orElse("");
	}

	private String qualifiedName(org.eclipse.emf.ecore.EObject element) {
		return String.valueOf(names.getFullyQualifiedName(element));
	}
}
