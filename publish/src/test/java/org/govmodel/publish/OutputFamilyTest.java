package org.govmodel.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.govmodel.generators.Reports;
import org.junit.jupiter.api.Test;

/** The families users name are the generators' reports plus print, and the default is every report. */
class OutputFamilyTest {

	@Test
	void everyReportFamilyIsOfferedAndPrintIsTheOnlyOneAdded() {
		Set<Reports.Output> offered = OutputFamily.reports(EnumSet.allOf(OutputFamily.class));
		assertEquals(EnumSet.allOf(Reports.Output.class), offered, "a report family of the generators is missing from OutputFamily");
		assertEquals(Reports.Output.values().length + 1, OutputFamily.values().length);
		assertEquals(PrintExports.FAMILY, OutputFamily.print.name());
		assertEquals(EnumSet.allOf(Reports.Output.class), OutputFamily.reports(OutputFamily.DEFAULT), "the default writes every report");
	}
}
