package org.govmodel.generators.scores;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.output.SpreadsheetCell;
import org.govmodel.generators.scorecards.ScorecardText;

import com.google.inject.Inject;

/**
 * Scores as CSV for spreadsheet users, in two files: the scores (one row per assessment and variable) and the
 * means (one row per assessment and framework, area or component), each row naming its jurisdiction, framework
 * and assessment. Two dialects: {@link Dialect#DATA}, the contract for other tools (RFC 4180, comma, UTF-8
 * without a byte-order mark, column ids as headers, numbers with a dot), and {@link Dialect#EXCEL}, for
 * spreadsheets set to Spanish or Portuguese (semicolons, a byte-order mark so accents survive, headers and
 * decimal commas in the reader's language). Model text goes through {@link SpreadsheetCell}.
 */
public class ScoresCsv {

	/** How a file is written. */
	public enum Dialect {
		DATA, EXCEL
	}

	public static final List<String> HEADER = List.of("jurisdiction", "jurisdiction_title", "framework", "framework_title", "assessment", "year",
			"assessor", "area", "area_title", "component", "component_title", "variable", "variable_title", "score", "not_applicable", "level", "note",
			"target", "target_year", "gap");

	public static final List<String> MEANS_HEADER = List.of("jurisdiction", "jurisdiction_title", "framework", "framework_title", "assessment",
			"year", "assessor", "item_kind", "code", "title", "mean", "target", "target_year", "gap");

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private GovernanceViews views;

	@Inject
	private ScorecardText.Factory texts;

	/** The scores in the data dialect with English titles ({@code govmodel score --format csv} passes the reader's language). */
	public String render(List<AssessmentScore> assessments) {
		return render(assessments, Dialect.DATA, texts.of(Language.EN));
	}

	public String render(List<AssessmentScore> assessments, Dialect dialect, ScorecardText text) {
		return write(HEADER, dialect, text, csv -> {
			for (AssessmentScore assessment : assessments) {
				for (ItemScore area : assessment.areas()) {
					for (ItemScore component : area.children()) {
						for (ItemScore variable : component.children()) {
							List<Object> row = identity(assessment, text);
							row.addAll(List.of(area.code(), cell(text.title(area)), component.code(), cell(text.title(component)), variable.code(),
									cell(text.title(variable)), number(variable.value(), dialect, text), yesNo(variable.notApplicable(), dialect, text),
									cell(text.levelName(assessment.framework(), variable.value())), cell(variable.note() == null ? "" : variable.note())));
							row.addAll(target(variable, dialect, text));
							csv.printRecord(row);
						}
					}
				}
			}
		});
	}

	/** The means: the framework's, then each area's and component's, per assessment. */
	public String means(List<AssessmentScore> assessments, Dialect dialect, ScorecardText text) {
		return write(MEANS_HEADER, dialect, text, csv -> {
			for (AssessmentScore assessment : assessments) {
				List<Object> overall = identity(assessment, text);
				overall.addAll(List.of(kind("framework", dialect, text), "", cell(text.framework(assessment.framework())), number(assessment.mean(), dialect, text),
						"", "", ""));
				csv.printRecord(overall);
				for (ItemScore area : assessment.areas()) {
					csv.printRecord(meanRow(assessment, area, "area", dialect, text));
					for (ItemScore component : area.children()) {
						csv.printRecord(meanRow(assessment, component, "component", dialect, text));
					}
				}
			}
		});
	}

	private List<Object> meanRow(AssessmentScore assessment, ItemScore item, String kind, Dialect dialect, ScorecardText text) {
		List<Object> row = identity(assessment, text);
		row.addAll(List.of(kind(kind, dialect, text), item.code(), cell(text.title(item)), number(item.value(), dialect, text)));
		row.addAll(target(item, dialect, text));
		return row;
	}

	private List<Object> identity(AssessmentScore assessment, ScorecardText text) {
		Jurisdiction jurisdiction = views.viewOf(assessment.assessment()).subject().orElse(null);
		List<Object> row = new ArrayList<>();
		row.add(jurisdiction == null ? "" : String.valueOf(names.getFullyQualifiedName(jurisdiction)));
		row.add(jurisdiction == null || jurisdiction.getTitle() == null ? "" : cell(jurisdiction.getTitle()));
		row.add(String.valueOf(names.getFullyQualifiedName(assessment.framework())));
		row.add(cell(text.framework(assessment.framework())));
		row.add(String.valueOf(names.getFullyQualifiedName(assessment.assessment())));
		row.add(assessment.year());
		row.add(cell(assessment.assessment().getAssessor() == null ? "" : assessment.assessment().getAssessor()));
		return row;
	}

	private static List<Object> target(ItemScore item, Dialect dialect, ScorecardText text) {
		return List.of(number(item.target(), dialect, text), item.targetYear() == null ? "" : item.targetYear(), number(item.gap(), dialect, text));
	}

	private static String kind(String kind, Dialect dialect, ScorecardText text) {
		return dialect == Dialect.DATA ? kind : text.text("csv.kind." + kind);
	}

	private static String yesNo(boolean value, Dialect dialect, ScorecardText text) {
		return dialect == Dialect.DATA ? String.valueOf(value) : text.text(value ? "csv.yes" : "csv.no");
	}

	private static String number(BigDecimal value, Dialect dialect, ScorecardText text) {
		if (value == null) {
			return "";
		}
		String exact = ScoreNumbers.text(value);
		return dialect == Dialect.DATA ? exact : text.plain(new BigDecimal(exact));
	}

	private static String cell(String text) {
		return SpreadsheetCell.text(text);
	}

	private interface Rows {
		void print(CSVPrinter csv) throws IOException;
	}

	private static String write(List<String> header, Dialect dialect, ScorecardText text, Rows rows) {
		StringWriter out = new StringWriter();
		CSVFormat format = dialect == Dialect.DATA ? CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()
				: CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(header.stream().map(h -> text.text("csv." + h)).toArray(String[]::new)).get();
		if (dialect == Dialect.EXCEL) {
			out.write('\uFEFF');
		}
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			rows.print(csv);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}
