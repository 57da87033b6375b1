package org.govmodel.publish;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.Reports;
import org.govmodel.generators.output.FolderNames;

import com.google.inject.Inject;

/**
 * The exports for slides and print, under {@value #FOLDER}: every diagram and chart the reports draw as
 * SVG also as PNG (at the same path below {@value #FOLDER}, e.g. {@code print/diagrams/cordoba-governance.png}),
 * and one A4 PDF report per jurisdiction and assessment ({@code print/cordoba-y2023.pdf}).
 */
public class PrintExports {

	/** The name users give this output family (`govmodel generate --only print`). */
	public static final String FAMILY = "print";

	public static final String FOLDER = FAMILY + "/";

	/** The report families whose SVG drawings become PNGs. */
	private static final EnumSet<Reports.Output> DRAWN = EnumSet.of(Reports.Output.diagrams, Reports.Output.scorecards);

	@Inject
	private Reports reports;

	@Inject
	private ReportSubjects subjects;

	@Inject
	private LocalizedTitles titles;

	@Inject
	private AssessmentReport report;

	private final SvgToPng png = new SvgToPng();

	private final PdfWriter pdf = new PdfWriter();

	/** Adds the PNGs and PDFs of the models to the artifacts. */
	public void generate(List<Model> models, ReportOptions options, Artifacts artifacts) {
		Artifacts drawings = reports.generate(models, List.of(), DRAWN, options);
		for (Map.Entry<String, String> file : drawings.files().entrySet()) {
			if (file.getKey().endsWith(".svg")) {
				String name = file.getKey().substring(0, file.getKey().length() - ".svg".length());
				artifacts.addBinary(FOLDER + name + ".png", png.render(file.getValue()));
			}
		}
		List<Subject> all = subjects.of(models);
		FolderNames names = new FolderNames();
		for (Subject subject : all) {
			for (Assessment assessment : subject.view().assessments()) {
				names.add(key(subject, assessment), subject.fileName() + "-" + assessment.getName(), ".pdf");
			}
		}
		for (Subject subject : all) {
			String title = subject.view().subject().map(j -> titles.title(j, options.language())).orElse(subject.fileName());
			for (Assessment assessment : subject.view().assessments()) {
				AssessmentReport.Document document = report.build(subject.view(), title, assessment, options.language());
				artifacts.addBinary(FOLDER + names.stem(key(subject, assessment)) + ".pdf", pdf.write(document.xhtml(), document.title()));
			}
		}
	}

	private static String key(Subject subject, Assessment assessment) {
		return subject.key() + " assessment " + assessment.getName();
	}
}
