package org.govmodel.publish;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.GenerableInput;
import org.govmodel.generators.ReportOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz target for the print exports (Jazzer), the slowest of the generators: any bytes that
 * load as a model without errors give every PNG and PDF without exception, each one readable by the library a
 * reader's tools use (ImageIO, PDFBox). Without {@code JAZZER_FUZZ} it runs as a regression test over the
 * committed inputs in {@code src/test/resources/org/govmodel/publish/PrintFuzzTestInputs/printEverything/};
 * {@code bench/fuzz.sh printEverything} fuzzes it for longer.
 */
class PrintFuzzTest {

	private static final GenerableInput INPUT = new GenerableInput(TestModels.INJECTOR);
	private static final PrintExports PRINT = TestModels.get(PrintExports.class);

	@FuzzTest(maxExecutions = 300, maxDuration = "3m")
	void printEverything(byte[] file) throws Exception {
		Optional<GenerableInput.Checked> checked = INPUT.check(file);
		if (checked.isEmpty()) {
			return;
		}
		Artifacts artifacts = new Artifacts();
		PRINT.generate(checked.get().models().models().toList(), ReportOptions.defaults(), artifacts);
		for (Map.Entry<String, byte[]> export : artifacts.binaries().entrySet()) {
			if (export.getKey().endsWith(".png")) {
				assertNotNull(ImageIO.read(new ByteArrayInputStream(export.getValue())), export.getKey() + " decodes as an image");
			} else if (export.getKey().endsWith(".pdf")) {
				try (PDDocument pdf = Loader.loadPDF(export.getValue())) {
					assertTrue(pdf.getNumberOfPages() > 0, export.getKey() + " has pages");
				}
			}
		}
	}
}
