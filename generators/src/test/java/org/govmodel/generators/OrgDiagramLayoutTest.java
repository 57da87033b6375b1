package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.diagrams.DiagramFont;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.OrgChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Diagrams IV.1 and IV.2 as a reader sees them, on the examples: bands that
 * never reach into each other, every element of the model in its box, names
 * that fit their boxes in the font the SVG names, lines that say what they
 * mean, a legend of only the lines drawn, boxes that link to their pages,
 * units in the model's order.
 */
class OrgDiagramLayoutTest {

	private static final List<Model> EXAMPLES = Fixtures.load(Path.of("../examples"));

	static Stream<Arguments> charts() {
		List<Arguments> charts = new ArrayList<>();
		DiagramGenerator generator = Fixtures.get(DiagramGenerator.class);
		for (Subject subject : Fixtures.get(ReportSubjects.class).of(EXAMPLES)) {
			for (Language language : Language.values()) {
				ReportOptions options = ReportOptions.defaults().withLanguage(language);
				charts.add(Arguments.of(subject.fileName() + " governance " + language, generator.governance(subject, options)));
				for (Body body : subject.view().bodiesOfTier(Tier.OPERATIONAL)) {
					generator.units(subject, body, options)
							.ifPresent(chart -> charts.add(Arguments.of(subject.fileName() + " units " + body.getName() + " " + language, chart)));
				}
			}
		}
		return charts.stream();
	}

	private static DiagramSvg.Drawing draw(OrgChart chart) {
		return Fixtures.get(DiagramSvg.class).draw(chart, id -> null, page -> page);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("charts")
	void bandsAreStackedApartAndHoldTheirBoxes(String name, OrgChart chart) {
		DiagramSvg.Drawing drawing = draw(chart);
		List<DiagramSvg.Band> bands = drawing.bands();
		for (int i = 0; i + 1 < bands.size(); i++) {
			assertTrue(bands.get(i).bottom() <= bands.get(i + 1).top(), () -> "bands overlap: " + bands);
			assertTrue(bands.get(i).layer().compareTo(bands.get(i + 1).layer()) < 0, () -> "bands out of order: " + bands);
		}
		for (DiagramSvg.Box box : drawing.boxes()) {
			OrgChart.Layer layer = chart.node(box.id()).layer();
			DiagramSvg.Band band = bands.stream().filter(b -> b.layer() == layer).findFirst().orElseThrow();
			assertTrue(band.top() <= box.y() && box.y() + box.height() <= band.bottom(), () -> box + " outside its band " + band);
		}
		for (DiagramSvg.Box a : drawing.boxes()) {
			for (DiagramSvg.Box b : drawing.boxes()) {
				boolean apart = a == b || a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
						|| b.y() + b.height() <= a.y();
				assertTrue(apart, () -> a + " overlaps " + b);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("charts")
	void everyLineOfTextFitsItsBoxInTheDeclaredFont(String name, OrgChart chart) throws Exception {
		Document document = xml(draw(chart).svg());
		assertTrue(document.getDocumentElement().getAttribute("font-family").startsWith("'DejaVu Sans',"), "the measured font comes first");
		NodeList groups = document.getElementsByTagName("g");
		int boxes = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (!group.getAttribute("class").matches("box( .*)?")) {
				continue;
			}
			boxes++;
			Element rect = (Element) group.getElementsByTagName("rect").item(0);
			double left = Double.parseDouble(rect.getAttribute("x"));
			double right = left + Double.parseDouble(rect.getAttribute("width"));
			double top = Double.parseDouble(rect.getAttribute("y"));
			double bottom = top + Double.parseDouble(rect.getAttribute("height"));
			NodeList texts = group.getElementsByTagName("text");
			for (int t = 0; t < texts.getLength(); t++) {
				Element text = (Element) texts.item(t);
				double size = Double.parseDouble(text.getAttribute("font-size"));
				boolean bold = "bold".equals(text.getAttribute("font-weight"));
				double x = Double.parseDouble(text.getAttribute("x"));
				double y = Double.parseDouble(text.getAttribute("y"));
				// measured without the allowance for substituted fonts: DejaVu Sans itself must fit with room to spare
				double width = DiagramFont.width(text.getTextContent(), size, bold) / 1.04;
				assertTrue(x + width <= right - 4, () -> "\"" + text.getTextContent() + "\" overflows its box in " + name);
				assertTrue(x > left && y - size >= top && y <= bottom, () -> "\"" + text.getTextContent() + "\" outside its box in " + name);
				assertTrue(size >= 11, "readable when the diagram is shrunk to a slide");
			}
		}
		assertEquals(chart.nodes().size(), boxes);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("charts")
	void everyLineSaysWhatItMeansAndTheLegendListsOnlyTheLinesDrawn(String name, OrgChart chart) throws Exception {
		Document document = xml(draw(chart).svg());
		Set<String> drawn = new LinkedHashSet<>();
		NodeList groups = document.getElementsByTagName("g");
		Element legend = null;
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").startsWith("line ")) {
				String label = group.getElementsByTagName("title").item(0).getTextContent();
				assertFalse(label.isBlank(), name);
				drawn.add(label);
				boolean tree = group.getAttribute("class").equals("line part-of");
				assertEquals(tree ? 0 : 1, group.getElementsByTagName("text").getLength(), () -> "a label on the line " + label);
			} else if (group.getAttribute("class").equals("legend")) {
				legend = group;
			}
		}
		assertEquals(chart.edges().size(), count(document, "line "));
		Set<String> listed = new LinkedHashSet<>();
		NodeList entries = legend.getElementsByTagName("text");
		for (int i = 1; i < entries.getLength(); i++) {
			listed.add(entries.item(i).getTextContent());
		}
		assertEquals(chart.legend(), entries.item(0).getTextContent());
		assertEquals(drawn, listed, "the legend lists exactly the kinds of line drawn");
	}

	/**
	 * A line's label lies in one band (a band's edge never runs through it, as ELK would place it between two
	 * rows of boxes), and the title, wrapped or not, is no wider than the drawing.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("charts")
	void lineLabelsStayInOneBandAndTheTitleFitsTheDrawing(String name, OrgChart chart) throws Exception {
		DiagramSvg.Drawing drawing = draw(chart);
		Document document = xml(drawing.svg());
		List<DiagramSvg.Band> bands = drawing.bands();
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (!group.getAttribute("class").startsWith("line ")) {
				continue;
			}
			NodeList texts = group.getElementsByTagName("text");
			for (int t = 0; t < texts.getLength(); t++) {
				Element text = (Element) texts.item(t);
				double baseline = Double.parseDouble(text.getAttribute("y"));
				double top = baseline - Double.parseDouble(text.getAttribute("font-size"));
				double bottom = baseline + 3; // the descenders
				assertTrue(bands.stream().anyMatch(b -> b.top() <= top && bottom <= b.bottom()),
						() -> "the label \"" + text.getTextContent() + "\" (" + top + " to " + bottom + ") crosses a band's edge in " + name + ": " + bands);
			}
		}
		// the page's right edge: the viewBox's left plus its width (the coordinates are measured from a box, see DiagramSvg)
		double width = drawing.left() + Double.parseDouble(document.getDocumentElement().getAttribute("width"));
		String[] viewBox = document.getDocumentElement().getAttribute("viewBox").split(" ");
		assertEquals(drawing.left(), Double.parseDouble(viewBox[0]), 0.05, "the viewBox starts at the page's left");
		assertEquals(drawing.top(), Double.parseDouble(viewBox[1]), 0.05, "the viewBox starts at the page's top");
		NodeList texts = document.getElementsByTagName("text");
		for (int t = 0; t < texts.getLength(); t++) {
			Element text = (Element) texts.item(t);
			if ("bold".equals(text.getAttribute("font-weight")) && text.getAttribute("font-size").equals("18")) {
				double right = Double.parseDouble(text.getAttribute("x")) + DiagramFont.width(text.getTextContent(), 18, true);
				assertTrue(right <= width, () -> "the title line \"" + text.getTextContent() + "\" ends at " + right + " beyond the drawing's " + width + " in " + name);
			}
		}
	}

	@Test
	void costaRicasDiagramShowsTheGuidesStructure() {
		OrgChart chart = governance("cr", Language.EN);
		assertEquals(OrgChart.Layer.SOLUTIONS, node(chart, "Centro de respuesta a incidentes").layer(), "a solution owned by a ministry sits with the solutions");
		assertEquals(OrgChart.Layer.DIRECTIVE, node(chart, "Viceministro de Telecomunicaciones y Gobierno Digital").layer(), "the CIO is a box at the directive tier");
		assertEquals(OrgChart.Layer.OPERATIONAL, node(chart, "Director Ejecutivo de la Agencia").layer(), "the CTO is a box at the operational tier");
		OrgChart.Node board = node(chart, "Junta Directiva");
		assertEquals(OrgChart.Layer.OPERATIONAL, board.layer(), "the board is a box beside the agency");
		assertEquals(List.of("Chair: Ministro de Ciencia, Innovación, Tecnología y Telecomunicaciones", "5 members"), board.noteTexts());
		assertTrue(node(chart, "Agencia Nacional de Gobierno Digital").notes().isEmpty(), "the agency's box holds its name only");
		assertTrue(chart.edges().stream().anyMatch(e -> e.kind() == OrgChart.Kind.ANSWERS_TO), "the CTO answers to the CIO");
		OrgChart.Node services = node(chart, "Public services");
		assertEquals(OrgChart.Layer.USERS, services.layer());
		assertEquals(List.of("Expediente digital único en salud (Salud)"), services.noteTexts());
		assertEquals(List.of("Caja Costarricense de Seguro Social"), node(chart, "Decentralized institutions").noteTexts());
	}

	@Test
	void cordobasUsersAreTheGuidesGroupsWithCitizenParticipation() {
		OrgChart chart = governance("cordoba", Language.EN);
		List<String> users = chart.nodes().stream().filter(n -> n.layer() == OrgChart.Layer.USERS).map(OrgChart.Node::label).toList();
		assertEquals(List.of("Ministries", "Decentralized institutions", "Public services", "Civil society and citizen participation"), users);
		assertEquals(List.of("Red de organizaciones ciudadanas"), node(chart, "Civil society and citizen participation").noteTexts());
		assertTrue(chart.edges().stream().anyMatch(e -> e.from().equals(node(chart, "Ministries").id()) && e.kind() == OrgChart.Kind.USES),
				"the health ministry uses the solutions its sector uses");
		for (Solution solution : EXAMPLES.stream().flatMap(m -> m.getElements().stream()).filter(Solution.class::isInstance).map(Solution.class::cast)
				.filter(s -> s.eResource().getURI().lastSegment().startsWith("cordoba")).toList()) {
			assertTrue(chart.nodes().stream().anyMatch(n -> n.label().equals(solution.getTitle())), solution.getTitle());
		}
	}

	@Test
	void unitsComeInModelOrderWithTheSolutionsTheyRun() {
		Subject subject = subject("cr");
		Body agency = subject.view().bodiesOfTier(Tier.OPERATIONAL).get(0);
		OrgChart chart = Fixtures.get(DiagramGenerator.class).units(subject, agency, ReportOptions.defaults()).orElseThrow();
		DiagramSvg.Drawing drawing = draw(chart);
		List<String> topUnits = agency.getUnits().stream().map(Unit::getTitle).toList();
		double row = drawing.boxes().stream().filter(b -> chart.node(b.id()).label().equals(topUnits.get(0))).findFirst().orElseThrow().y();
		List<String> drawnOrder = drawing.boxes().stream().filter(b -> chart.node(b.id()).layer() == OrgChart.Layer.UNITS && b.y() == row)
				.sorted(Comparator.comparingDouble(DiagramSvg.Box::x)).map(b -> chart.node(b.id()).label()).toList();
		assertEquals(topUnits, drawnOrder);
		assertEquals(List.of("Owns: Identidad digital y autenticación", "Owns: Firma digital certificada"),
				node(chart, "Dirección de gobernanza de identidad digital").noteTexts());
		assertEquals(List.of("Owns: Portal único de trámites"), node(chart, "Unidad de ventanilla única").noteTexts());
	}

	@Test
	void boxesLinkToTheirPagesOfTheSiteGeneratedBesideThem() {
		Map<String, String> files = Fixtures.get(Reports.class)
				.generate(EXAMPLES, List.of(), EnumSet.of(Reports.Output.docs, Reports.Output.diagrams), ReportOptions.defaults()).files();
		assertEquals(List.of(), SiteLinks.broken(files));
		String cordoba = files.get("diagrams/cordoba-governance.svg");
		assertTrue(cordoba.contains("<a href=\"../docs/cordoba/bodies/agencia.html\">"), "the agency's box links to its page");
		assertTrue(cordoba.contains("<a href=\"../docs/cordoba/solutions.html\">"), "a solution's box links to the catalogue");
		assertTrue(files.get("diagrams/cr-units-agencia.svg").contains("<a href=\"../docs/cr/bodies/agencia.html\">"));
		Map<String, String> alone = Fixtures.get(Reports.class)
				.generate(EXAMPLES, List.of(), EnumSet.of(Reports.Output.diagrams), ReportOptions.defaults()).files();
		assertFalse(alone.get("diagrams/cordoba-governance.svg").contains("<a "), "no link to a site that is not generated");
	}

	/** A model at the limits a ministry may reach: 40 members and 25 solutions with long Spanish and Portuguese names. */
	@Test
	void aLargeModelWithLongNamesStaysInItsBandsAndBoxes(@TempDir Path dir) throws Exception {
		StringBuilder model = new StringBuilder("jurisdiction grande \"República Federativa de Ejemplo con un nombre muy largo\" country\n");
		List<String> members = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			model.append("institution m").append(i).append(" \"Ministerio de Planificación, Coordinação Interinstitucional e Desenvolvimento Territorial número ")
					.append(i).append("\" ministry public\n");
			members.add("m" + i);
		}
		model.append("strategic group consejo \"Consejo Nacional de Transformación Digital y Gobierno Abierto de la República\" {\n  chair m1\n  members ")
				.append(String.join(", ", members)).append("\n}\n");
		model.append("directive institution sec \"Secretaría de Gobierno Digital e Innovación Pública\" secretariat public {\n  reports to consejo\n")
				.append("  cio \"Secretario de Gobierno Digital e Innovación Pública de la República\" rank undersecretary\n}\n");
		model.append("operational institution agencia \"Agência Nacional de Governo Digital e Transformação dos Serviços Públicos\" agency public {\n")
				.append("  under sec\n  reports to sec\n  cto \"Diretor Executivo de Tecnologia da Agência Nacional\" rank director answers to sec.cio\n")
				.append("  board \"Conselho Diretor da Agência Nacional de Governo Digital\" {\n    chair m1\n    members m1, m2, m3\n  }\n")
				.append("  unit u1 \"Diretoria de Soluções Transversais e Plataformas Compartilhadas do Governo\"\n}\n");
		String[] kinds = { "interoperability", "digital-identity", "digital-signature", "digital-domicile", "single-window", "personal-files",
				"cybersecurity", "institutional-intelligence" };
		for (int i = 1; i <= 25; i++) {
			model.append("solution s").append(i).append(' ').append(kinds[i % kinds.length])
					.append(" \"Plataforma nacional de servicios digitales compartidos para la ciudadanía, versión ").append(i)
					.append("\" {\n  owner agencia").append(i % 2 == 0 ? ".u1" : "").append("\n  status pilot since 2024\n}\n");
		}
		model.append("sector salud \"Salud pública y seguridad social de la República\" uses s1, s2 {\n  institutions m40\n")
				.append("  service turnos \"Reserva de turnos médicos y consulta de historias clínicas en línea\" provided by m40 uses s1 status operational\n}\n");
		Path file = Fixtures.write(dir, "grande.govmodel", model.toString());
		List<Model> models = Fixtures.load(file);
		Subject subject = Fixtures.get(ReportSubjects.class).of(models).get(0);
		for (Language language : Language.values()) {
			OrgChart chart = Fixtures.get(DiagramGenerator.class).governance(subject, ReportOptions.defaults().withLanguage(language));
			assertEquals(40 + 1 + 2 + 3 + 25, chart.nodes().stream().filter(n -> n.layer() != OrgChart.Layer.USERS).count(), "every body, authority, board and solution");
			bandsAreStackedApartAndHoldTheirBoxes("grande " + language, chart);
			everyLineOfTextFitsItsBoxInTheDeclaredFont("grande " + language, chart);
			everyLineSaysWhatItMeansAndTheLegendListsOnlyTheLinesDrawn("grande " + language, chart);
			lineLabelsStayInOneBandAndTheTitleFitsTheDrawing("grande " + language, chart);
		}
	}

	private static OrgChart governance(String subject, Language language) {
		return Fixtures.get(DiagramGenerator.class).governance(subject(subject), ReportOptions.defaults().withLanguage(language));
	}

	static Subject subject(String fileName) {
		return Fixtures.get(ReportSubjects.class).of(EXAMPLES).stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
	}

	private static OrgChart.Node node(OrgChart chart, String label) {
		return chart.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no box " + label));
	}

	private static int count(Document document, String classPrefix) {
		int count = 0;
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			if (((Element) groups.item(i)).getAttribute("class").startsWith(classPrefix)) {
				count++;
			}
		}
		return count;
	}

	static Document xml(String text) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
