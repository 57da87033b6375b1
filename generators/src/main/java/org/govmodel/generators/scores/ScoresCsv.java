package org.govmodel.generators.scores;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.generators.output.SpreadsheetCell;

import com.google.inject.Inject;

/**
 * Every score as CSV for spreadsheet users: one row per assessment and variable
 * (RFC 4180, UTF-8); model text through {@link SpreadsheetCell}.
 */
public class ScoresCsv {

	public static final List<String> HEADER = List.of("assessment", "framework", "year", "area", "area_title", "component",
			"component_title", "variable", "variable_title", "score", "not_applicable", "level", "note", "component_mean",
			"area_mean", "assessment_mean", "target", "target_year", "gap");

	@Inject
	private IQualifiedNameProvider names;

	public String render(List<AssessmentScore> assessments) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
			for (AssessmentScore assessment : assessments) {
				String name = names.getFullyQualifiedName(assessment.assessment()).toString();
				String framework = names.getFullyQualifiedName(assessment.framework()).toString();
				for (ItemScore area : assessment.areas()) {
					for (ItemScore component : area.children()) {
						for (ItemScore variable : component.children()) {
							csv.printRecord(name, framework, assessment.year(), area.code(), SpreadsheetCell.text(area.title()), component.code(), SpreadsheetCell.text(component.title()),
									variable.code(), SpreadsheetCell.text(variable.title()), ScoreNumbers.text(variable.value()), variable.notApplicable(),
									SpreadsheetCell.text(ScaleLevels.levelOf(assessment.framework(), variable.value()).map(Level::getTitle).orElse("")),
									SpreadsheetCell.text(variable.note()), ScoreNumbers.text(component.value()),
									ScoreNumbers.text(area.value()), ScoreNumbers.text(assessment.mean()), ScoreNumbers.text(variable.target()),
									variable.targetYear() == null ? "" : variable.targetYear(), ScoreNumbers.text(variable.gap()));
						}
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}
