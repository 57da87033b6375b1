package org.govmodel.maven;

import java.util.List;
import java.util.Set;

import org.apache.maven.doxia.sink.Sink;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoreFormat;

/**
 * The page {@code mvn site} shows for the models: how many files were
 * checked and what was found, the means of each assessment with a link to its
 * scorecard, and links to the generated documentation and diagrams, in the
 * reports' language. Text goes through the sink, which escapes it.
 */
final class SiteSummary {

	/** An assessment as the summary lists it. */
	record ScoredAssessment(Jurisdiction jurisdiction, AssessmentScore score, String scorecard) {
	}

	private final Sink sink;
	private final Messages say;
	private final LocalizedTitles titles;

	/** @param titles the library's titles (the frameworks') in the language of {@code say} */
	SiteSummary(Sink sink, Messages say, LocalizedTitles titles) {
		this.sink = sink;
		this.say = say;
		this.titles = titles;
	}

	void write(int files, List<ModelDiagnostic> diagnostics, List<ScoredAssessment> assessments, Set<String> generated, String folder) {
		sink.head();
		sink.title();
		sink.text("GovModel");
		sink.title_();
		sink.head_();
		sink.body();
		sink.section1();
		sink.sectionTitle1();
		sink.text("GovModel");
		sink.sectionTitle1_();
		paragraph(say.text("site.checked", "files", files, "errors", count(diagnostics, "error"), "warnings", count(diagnostics, "warning"), "infos",
				count(diagnostics, "info")));
		findings(diagnostics);
		maturity(assessments, folder);
		reports(generated, folder);
		sink.section1_();
		sink.body_();
		sink.flush();
	}

	private void findings(List<ModelDiagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return;
		}
		section(say.text("site.findings"));
		table(List.of(say.text("site.where"), say.text("site.severity"), say.text("site.rule"), say.text("site.finding")), diagnostics.stream()
				.map(d -> List.of(d.path() + ":" + d.line() + ":" + d.column(), say.text("site.severity." + d.severityName()), d.ruleId(), d.message()))
				.toList());
		sink.section2_();
	}

	private void maturity(List<ScoredAssessment> assessments, String folder) {
		if (assessments.isEmpty()) {
			return;
		}
		section(say.text("site.maturity"));
		sink.table();
		sink.tableRows();
		row(true, List.of(say.text("site.jurisdiction"), say.text("site.assessment"), say.text("site.framework"), say.text("site.year"),
				say.text("site.mean")));
		for (ScoredAssessment scored : assessments) {
			AssessmentScore score = scored.score();
			Assessment assessment = score.assessment();
			sink.tableRow();
			cell(scored.jurisdiction() == null ? "" : scored.jurisdiction().getTitle());
			sink.tableCell();
			if (scored.scorecard() != null) {
				sink.link(folder + "/" + scored.scorecard());
				sink.text(assessment.getName());
				sink.link_();
			} else {
				sink.text(assessment.getName());
			}
			sink.tableCell_();
			cell(titles.title(score.framework(), say.language()));
			cell(String.valueOf(score.year()));
			// the mean as the scorecards write it: two decimals, in the language's digits and separator
			cell(score.mean() == null ? "–" : say.decimal(score.mean(), ScoreFormat.DEFAULT_DECIMALS));
			sink.tableRow_();
		}
		sink.tableRows_();
		sink.table_();
		sink.section2_();
	}

	private void reports(Set<String> generated, String folder) {
		List<String> documentation = generated.stream().filter(path -> path.matches("docs/[^/]+/index\\.html")).sorted().toList();
		List<String> diagrams = generated.stream().filter(path -> path.matches("diagrams/[^/]+\\.svg")).sorted().toList();
		if (documentation.isEmpty() && diagrams.isEmpty()) {
			return;
		}
		section(say.text("site.reports"));
		links(say.text("site.documentation"), documentation, folder);
		links(say.text("site.diagrams"), diagrams, folder);
		sink.section2_();
	}

	private void links(String title, List<String> paths, String folder) {
		if (paths.isEmpty()) {
			return;
		}
		paragraph(title);
		sink.list();
		for (String path : paths) {
			sink.listItem();
			sink.link(folder + "/" + path);
			sink.text(path);
			sink.link_();
			sink.listItem_();
		}
		sink.list_();
	}

	private void section(String title) {
		sink.section2();
		sink.sectionTitle2();
		sink.text(title);
		sink.sectionTitle2_();
	}

	private void table(List<String> header, List<List<String>> rows) {
		sink.table();
		sink.tableRows();
		row(true, header);
		rows.forEach(row -> row(false, row));
		sink.tableRows_();
		sink.table_();
	}

	private void row(boolean header, List<String> cells) {
		sink.tableRow();
		for (String text : cells) {
			if (header) {
				sink.tableHeaderCell();
				sink.text(text);
				sink.tableHeaderCell_();
			} else {
				cell(text);
			}
		}
		sink.tableRow_();
	}

	private void cell(String text) {
		sink.tableCell();
		sink.text(text);
		sink.tableCell_();
	}

	private void paragraph(String text) {
		sink.paragraph();
		sink.text(text);
		sink.paragraph_();
	}

	private static long count(List<ModelDiagnostic> diagnostics, String severity) {
		return diagnostics.stream().filter(d -> d.severityName().equals(severity)).count();
	}
}
