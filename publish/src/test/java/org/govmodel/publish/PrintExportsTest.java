package org.govmodel.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The PNG and PDF exports of the examples, read back with the libraries a reader's tools use (ImageIO, PDFBox). */
class PrintExportsTest {

	private static final Path TARGET = Path.of("target/print-exports");

	private static Artifacts generate(List<Model> models, Language language) {
		Artifacts artifacts = new Artifacts();
		TestModels.get(PrintExports.class).generate(models, ReportOptions.defaults().withLanguage(language), artifacts);
		return artifacts;
	}

	@Test
	void everyDiagramAndChartIsAPngOfTheSlideSizeItsDrawingAsks() throws Exception {
		List<Model> models = TestModels.examples();
		Artifacts artifacts = generate(models, Language.EN);
		Artifacts reports = TestModels.get(org.govmodel.generators.Reports.class).generate(models, List.of(),
				java.util.EnumSet.allOf(org.govmodel.generators.Reports.Output.class));
		List<String> svgs = reports.files().keySet().stream().filter(p -> p.endsWith(".svg")).toList();
		assertFalse(svgs.isEmpty());
		for (String svg : svgs) {
			String png = PrintExports.FOLDER + svg.replaceAll("\\.svg$", ".png");
			byte[] bytes = artifacts.binaries().get(png);
			assertNotNull(bytes, "no PNG for " + svg);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			assertNotNull(image, png + " does not decode as an image");
			var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(reports.files().get(svg))))
					.getDocumentElement();
			DrawingSize size = DrawingSize.of(root);
			SvgToPng.PixelSize expected = SvgToPng.pixelSize(size.width(), size.height());
			assertEquals(expected, new SvgToPng.PixelSize(image.getWidth(), image.getHeight()), png);
			assertTrue(image.getWidth() >= SvgToPng.SLIDE_WIDTH || image.getHeight() >= SvgToPng.SLIDE_HEIGHT, png + " is smaller than a slide");
			assertTrue(inkRatio(image) > 0.002, png + " is blank");
			save(png, bytes);
		}
	}

	@Test
	void eachAssessmentIsOnePdfWithItsFontsEmbeddedTheTitleWithItsAccentsAndEveryStatement() throws Exception {
		List<Model> models = TestModels.examples();
		for (Language language : Language.values()) {
			Artifacts artifacts = generate(models, language);
			List<String> pdfs = artifacts.binaries().keySet().stream().filter(p -> p.endsWith(".pdf")).toList();
			List<Assessment> assessments = new ArrayList<>();
			models.forEach(m -> m.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).forEach(assessments::add));
			assertEquals(assessments.size(), pdfs.size(), "one PDF per assessment: " + pdfs);
			String cordoba = pdfs.stream().filter(p -> p.startsWith("print/cordoba-")).findFirst().orElseThrow();
			try (PDDocument pdf = Loader.loadPDF(artifacts.binaries().get(cordoba))) {
				assertTrue(pdf.getNumberOfPages() >= 4, "cover, structure, scorecard, charts: " + pdf.getNumberOfPages());
				Set<String> fonts = new HashSet<>();
				for (PDPage page : pdf.getPages()) {
					fonts(page.getResources(), fonts);
				}
				assertFalse(fonts.isEmpty(), "the text is text, not only shapes");
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				// lines break after a hyphen too ("cross-" / "cutting"): statements are compared without their spaces
				String letters = text.replaceAll("\\s+", "");
				assertTrue(text.contains("Provincia de Córdoba"), "the jurisdiction's title with its accent");
				Assessment assessment = assessments.stream().filter(a -> a.eResource().getURI().lastSegment().startsWith("cordoba")).findFirst().orElseThrow();
				int statements = 0;
				for (ItemScore variable : TestModels.get(ScoringEngine.class).score(assessment).variables()) {
					var statement = TestModels.get(LocalizedTitles.class).description(variable.item(), language);
					if (statement.isPresent() && !statement.get().isBlank()) {
						assertTrue(letters.contains(statement.get().replaceAll("\\s+", "")), "the statement of " + variable.code() + " in " + language);
						statements++;
					}
				}
				assertTrue(statements > 0, "the framework's variables have statements");
				if (language != Language.EN) {
					// the drawings inside the PDF speak the report's language too (they were drawn in English once)
					List<String> english = englishOnlyWords("diagrams", language);
					english.addAll(englishOnlyWords("scorecards", language));
					assertEquals(List.of(), english.stream().filter(word -> java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find()).toList(), "English words of the diagrams and charts in the " + language + " PDF");
				}
				if (language == Language.ES) {
					assertTrue(text.contains("Estructura de gobernanza") && text.contains("Brechas respecto de las metas"), "the headings in Spanish");
					BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 60);
					save("print/cordoba-es-cover.png", png(page));
				}
			}
			artifacts.binaries().forEach((path, bytes) -> save(path.replace("print/", "print/" + language.code() + "/"), bytes));
		}
	}

	/**
	 * A print run says nothing on the console unless something is wrong: no progress chatter from the PDF
	 * library (it printed "Using fast-mode renderer" and font loading at INFO), and for the examples no
	 * warning either, which would mean a PDF that differs from the page built (a missing glyph, say).
	 */
	@Test
	void printingTheExamplesIsSilent() throws Exception {
		List<java.util.logging.LogRecord> warnings = new java.util.ArrayList<>();
		java.util.logging.Handler handler = new java.util.logging.Handler() {
			@Override
			public void publish(java.util.logging.LogRecord record) {
				warnings.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		java.util.logging.Logger log = java.util.logging.Logger.getLogger(PdfWriter.class.getName());
		log.addHandler(handler);
		java.io.PrintStream console = System.err;
		java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			generate(TestModels.examples(), Language.ES);
		} finally {
			System.setErr(console);
			log.removeHandler(handler);
		}
		assertEquals("", captured.toString(StandardCharsets.UTF_8), "what a print run wrote on the console");
		assertEquals(List.of(), warnings.stream().map(java.util.logging.LogRecord::getMessage).toList(), "warnings of the PDF library");
	}

	/**
	 * The structure diagram is printed on a page of its own, with its heading, on a sheet turned to the
	 * diagram's shape and as large as the diagram needs (A4, else the next ISO size) for its smallest text to
	 * print at 6 pt or more; the pages after it are A4 portrait again. On the examples, whose diagrams are too
	 * large for A4, and on the stress model (40 members, 25 solutions).
	 */
	@Test
	void theStructureDiagramIsOnASheetWhereItsSmallestTextPrintsAtSixPointsOrMore() throws Exception {
		for (List<Model> models : List.of(TestModels.examples(), TestModels.stress())) {
			Artifacts artifacts = generate(models, Language.EN);
			Map<String, String> diagrams = TestModels.get(org.govmodel.generators.Reports.class)
					.generate(models, List.of(), java.util.EnumSet.of(org.govmodel.generators.Reports.Output.diagrams), ReportOptions.defaults()).files();
			int checked = 0;
			for (Map.Entry<String, byte[]> file : artifacts.binaries().entrySet()) {
				if (!file.getKey().endsWith(".pdf")) {
					continue;
				}
				String subject = file.getKey().substring("print/".length(), file.getKey().lastIndexOf('-'));
				String svg = diagrams.get("diagrams/" + subject + "-governance.svg");
				assertNotNull(svg, "the structure diagram of " + subject);
				try (PDDocument pdf = Loader.loadPDF(file.getValue())) {
					int index = pageWith(pdf, "Governance structure");
					PDRectangle media = pdf.getPage(index).getMediaBox();
					double widthMm = media.getWidth() / 72 * 25.4;
					double heightMm = media.getHeight() / 72 * 25.4;
					double[] drawing = sizeOf(svg);
					assertEquals(drawing[0] > drawing[1], widthMm > heightMm, file.getKey() + ": the sheet is turned as the diagram is");
					// the diagram fills the sheet between its margins and below the heading
					double scale = Math.min((widthMm - 32) / 25.4 * 96 / drawing[0], (heightMm - 60) / 25.4 * 96 / drawing[1]);
					double smallest = drawing[2] * scale * 0.75;
					assertTrue(smallest >= 6, file.getKey() + ": the smallest text prints at " + smallest + " pt on " + widthMm + " × " + heightMm + " mm");
					assertTrue(inkRatio(new PDFRenderer(pdf).renderImageWithDPI(index, 30)) > 0.2, file.getKey() + ": the diagram is on its heading's page");
					Set<String> fonts = new HashSet<>();
					fonts(pdf.getPage(index).getResources(), fonts);
					assertFalse(fonts.isEmpty(), "the page's text is in embedded fonts");
					for (int next = index + 1; next < pdf.getNumberOfPages(); next++) {
						assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(next).getMediaBox().getWidth(), 1, "page " + (next + 1) + " after the diagram is A4 portrait");
					}
					if (file.getKey().startsWith("print/cordoba-")) {
						save("print/cordoba-structure-page.png", png(new PDFRenderer(pdf).renderImageWithDPI(index, 50)));
					}
					checked++;
				}
			}
			assertTrue(checked > 0);
		}
	}

	/** The drawing's width and height (its viewBox) and its smallest font size. */
	private static double[] sizeOf(String svg) {
		java.util.regex.Matcher viewBox = java.util.regex.Pattern.compile("viewBox=\"[-\\d.]+ [-\\d.]+ ([\\d.]+) ([\\d.]+)\"").matcher(svg);
		assertTrue(viewBox.find());
		java.util.regex.Matcher size = java.util.regex.Pattern.compile("font-size=\"([\\d.]+)\"").matcher(svg);
		double smallest = Double.MAX_VALUE;
		while (size.find()) {
			smallest = Math.min(smallest, Double.parseDouble(size.group(1)));
		}
		return new double[] { Double.parseDouble(viewBox.group(1)), Double.parseDouble(viewBox.group(2)), smallest };
	}

	private static int pageWith(PDDocument pdf, String heading) throws IOException {
		for (int i = 0; i < pdf.getNumberOfPages(); i++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(i + 1);
			stripper.setEndPage(i + 1);
			if (stripper.getText(pdf).contains(heading)) {
				return i;
			}
		}
		throw new AssertionError("no page with " + heading);
	}

	@Test
	void theSameModelsGiveTheSameBytes() {
		List<Model> models = TestModels.examples();
		Map<String, byte[]> first = generate(models, Language.PT).binaries();
		Map<String, byte[]> second = generate(models, Language.PT).binaries();
		assertEquals(first.keySet(), second.keySet());
		first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path + " differs between two runs"));
	}

	/**
	 * The English texts of a generators bundle that its translation changes and that hold no argument: in a
	 * Spanish or Portuguese PDF, each would be an untranslated word.
	 */
	private static List<String> englishOnlyWords(String bundle, Language language) throws IOException {
		java.util.Properties english = properties("/org/govmodel/generators/i18n/" + bundle + ".properties");
		java.util.Properties translated = properties("/org/govmodel/generators/i18n/" + bundle + "_" + language.code() + ".properties");
		List<String> words = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String text = english.getProperty(key);
			if (!text.contains("{") && text.length() >= 8 && !text.equals(translated.getProperty(key))) {
				words.add(text);
			}
		}
		assertTrue(words.size() > 5, bundle + " has texts to look for");
		return words;
	}

	private static java.util.Properties properties(String resource) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (var in = PrintExportsTest.class.getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Every font a page or its drawings use, each checked to be embedded. */
	private static void fonts(PDResources resources, Set<String> names) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
			names.add(font.getName());
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				fonts(form.getResources(), names);
			}
		}
	}

	private static double inkRatio(BufferedImage image) {
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					ink++;
				}
			}
		}
		return ink / ((image.getWidth() / 4.0) * (image.getHeight() / 4.0));
	}

	private static byte[] png(BufferedImage image) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static void save(String path, byte[] bytes) {
		try {
			Path file = TARGET.resolve(path);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
