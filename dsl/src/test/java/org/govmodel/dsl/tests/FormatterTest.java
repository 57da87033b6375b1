package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.govmodel.dsl.govModel.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The canonical layout: idempotent, content-preserving, and as documented. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class FormatterTest {

	@Inject
	private TestModels models;

	@Inject
	private ModelTextFormatter formatter;

	@Inject
	private ModelDump dump;

	/** Every example, every library file and every test model. */
	static List<Path> corpus() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of("../examples"), Path.of("src/main/resources/govmodel/library"), Path.of("src/test/resources/models"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(p -> p.toString().endsWith(".govmodel")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	private String format(String text) {
		Model model = models.parseOne(text);
		return formatter.format((XtextResource) model.eResource());
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void formattingIsIdempotentAndKeepsTheModel(Path file) throws IOException {
		String original = Files.readString(file, StandardCharsets.UTF_8);
		String once = format(original);
		assertEquals(once, format(once), "formatting a formatted file changes nothing");
		assertEquals(dump.of(models.parseOne(original)), dump.of(models.parseOne(once)), "parse, format, parse gives an equal model");
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void committedModelsAreInCanonicalLayout(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals(text, format(text), file + " is not formatted: run ./govmodel format " + file);
	}

	@Test
	void messyInputGetsTheCanonicalLayout() {
		String messy = "institution   a \"A\"  ministry public\n"
				+ "directive institution sec \"Sec\" secretariat within a { reports to a\n"
				+ "  autonomy{budget own\tprotected}  cio \"CIO\"   rank minister\n"
				+ "\n\n\n"
				+ "unit u \"U\" { unit v \"V\" } }\n"
				+ "solution s digital-identity \"S\" { owner sec.u.v  legal basis l1 ,l2 status operational since 2020 }\n"
				+ "law l1 \"L1\" year 2020 law l2 \"L2\" year 2021\n"
				+ "assessment y of maturity year 2023 { 1.1.1 = 2 \"why\" 1.1.2=n/a target 2025 { 1.1 >= 3 } }";
		String expected = """
				institution a "A" ministry public
				directive institution sec "Sec" secretariat within a {
				    reports to a
				    autonomy {
				        budget own protected
				    }
				    cio "CIO" rank minister

				    unit u "U" {
				        unit v "V"
				    }
				}
				solution s digital-identity "S" {
				    owner sec.u.v
				    legal basis l1, l2
				    status operational since 2020
				}
				law l1 "L1" year 2020
				law l2 "L2" year 2021
				assessment y of maturity year 2023 {
				    1.1.1 = 2 "why"
				    1.1.2 = n/a
				    target 2025 {
				        1.1 >= 3
				    }
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void commentsStayAndTheFileEndsWithOneNewline() {
		String text = "// header\n\n/** Doc. */\ninstitution a \"A\" ministry // trailing\n// last";
		assertEquals("// header\n\n/** Doc. */\ninstitution a \"A\" ministry // trailing\n// last\n", format(text));
	}

	/** Ends of files the corpus lacks: whatever the last thing is, one run of the formatter settles it. */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {
			"institution a \"A\" ministry\n/** Doc. */",
			"institution a \"A\" ministry\n/** Doc. */\n\n\n",
			"institution a \"A\" ministry /* x */",
			"institution a \"A\" ministry // last",
			"institution a \"A\" ministry   \t",
			"institution a \"A\" ministry\n\n/** Doc. */   \n\n",
			"institution a \"A\" ministry\r\n/** Doc. */\r\n" })
	void formattingIsIdempotentWhateverEndsTheFile(String text) {
		String once = format(text);
		assertEquals(once, format(once), "formatting a formatted file changes nothing");
		org.junit.jupiter.api.Assertions.assertTrue(once.endsWith("\n") && !once.endsWith("\n\n") && !once.endsWith(" \n"), once);
	}
}
