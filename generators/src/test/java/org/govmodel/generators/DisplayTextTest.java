package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.generators.output.DisplayText;
import org.govmodel.generators.output.MarkdownText;
import org.govmodel.generators.output.SpreadsheetCell;
import org.govmodel.generators.output.XmlWriter;
import org.junit.jupiter.api.Test;

/** The text every output starts from, and the writers that can no longer fail on it. */
class DisplayTextTest {

	@Test
	void lineBreaksAreNormalisedAndUnshowableCharactersReplaced() {
		assertEquals("a\nb\nc\nd", DisplayText.of("a\r\nb\rc\nd"));
		assertEquals("tab\tkept, bell\uFFFD esc\uFFFD[0m del\uFFFD c1\uFFFD", DisplayText.of("tab\tkept, bell\u0007 esc\u001b[0m del\u007f c1\u0085"));
		assertEquals("half \uFFFD \uFFFD low, pair 😀 kept", DisplayText.of("half \uD800 \uDC00 low, pair 😀 kept"));
		assertEquals("\uFFFD\uFFFD", DisplayText.of("\uFFFE\uFFFF"));
		assertEquals("", DisplayText.of(null));
	}

	@Test
	void xmlWithControlCharactersAndUnpairedSurrogatesIsWellFormedUtf8() throws Exception {
		String svg = new XmlWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "aria-label", "bad \u0001 \uD800")
				.text("title", "esc \u001b[31m nul \u0000 half \uDBFF").close().finish();
		assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(svg));
		String title = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
				.getElementsByTagName("title").item(0).getTextContent();
		assertEquals("esc \uFFFD[31m nul \uFFFD half \uFFFD", title);
	}

	@Test
	void spreadsheetCellsNeverStartAFormula() {
		for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1" }) {
			assertTrue(SpreadsheetCell.text(formula).startsWith("'"), formula);
		}
		assertEquals("Plain text - with a dash", SpreadsheetCell.text("Plain text - with a dash"));
	}

	@Test
	void markdownTextIsOneLineOfPlainText() {
		assertEquals("a b \uFFFD \\*x\\*", MarkdownText.escape("a\r\nb \u001b *x*"));
		// a character reference written in a title is text, not the character it names (found in the browser)
		assertEquals("Ciencia \\&amp; T\\&eacute;cnica \\&\\#33;", MarkdownText.escape("Ciencia &amp; T&eacute;cnica &#33;"));
	}
}
