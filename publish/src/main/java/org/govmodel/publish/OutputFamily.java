package org.govmodel.publish;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.govmodel.generators.Reports;

/**
 * The output families a front end offers (`govmodel generate --only`): the reports of {@link Reports} and
 * the exports for slides and print ({@value PrintExports#FAMILY}: PNG and PDF, slower, so only when asked for).
 */
public enum OutputFamily {
	docs, diagrams, scorecards, json, print;

	/** What `generate` writes when --only is not given: every report, not the print exports. */
	public static final Set<OutputFamily> DEFAULT = EnumSet.of(docs, diagrams, scorecards, json);

	/** The report family of {@link Reports}, or empty for the print exports. */
	public Optional<Reports.Output> report() {
		return name().equals(PrintExports.FAMILY) ? Optional.empty() : Optional.of(Reports.Output.valueOf(name()));
	}

	public static Set<Reports.Output> reports(Set<OutputFamily> families) {
		Set<Reports.Output> reports = EnumSet.noneOf(Reports.Output.class);
		families.forEach(family -> family.report().ifPresent(reports::add));
		return reports;
	}
}
