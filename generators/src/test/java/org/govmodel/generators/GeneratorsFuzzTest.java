package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.InputSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz target for the generators (Jazzer): any bytes that load
 * as a model without errors, loaded as the command line loads them, give every
 * report without exception, with every SVG well-formed, every link of the
 * site leading to a generated file and every HTML page saying what its
 * Markdown page says. Without {@code JAZZER_FUZZ} it runs as a
 * regression test over the committed inputs in
 * {@code src/test/resources/org/govmodel/generators/GeneratorsFuzzTestInputs/generateEverything/};
 * {@code bench/fuzz.sh generateEverything} fuzzes it for longer.
 */
class GeneratorsFuzzTest {

	private static final GenerableInput INPUT = new GenerableInput(Fixtures.INJECTOR);
	private static final Reports REPORTS = Fixtures.get(Reports.class);

	@FuzzTest(maxExecutions = 2000, maxDuration = "3m")
	void generateEverything(byte[] file) throws Exception {
		Optional<GenerableInput.Checked> checked = INPUT.check(file);
		if (checked.isEmpty()) {
			return;
		}
		Map<String, String> out = REPORTS.generate(checked.get().models().models().toList(), checked.get().diagnostics(),
				EnumSet.allOf(Reports.Output.class)).files();
		for (Map.Entry<String, String> svg : out.entrySet()) {
			if (svg.getKey().endsWith(".svg")) {
				DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.getValue())));
			}
		}
		assertEquals(List.of(), SiteLinks.broken(out), "every link leads to a generated file");
		assertEquals(List.of(), SiteMarkdown.disagreements(out), "every HTML page says what its Markdown page says");
	}
}
