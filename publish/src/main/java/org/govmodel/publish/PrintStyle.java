package org.govmodel.publish;

import java.util.Locale;

import org.w3c.dom.Element;

/** The A4 page layout of the PDF report: its style sheet, and the size each drawing gets on the page. */
final class PrintStyle {

	/** The width between the margins, in CSS pixels (1/96 inch): 210 mm less 2 × 16 mm. */
	static final double CONTENT_WIDTH = (210 - 2 * 16) / 25.4 * 96;
	/** The tallest a chart may be, so that it shares its page with its heading. */
	static final double CHART_MAX_HEIGHT = 600;

	private PrintStyle() {
	}

	/**
	 * @param footer the text at the foot of every page, before the page number
	 */
	static String css(String footer) {
		return String.format(Locale.ROOT, """
				@page { size: A4; margin: 16mm 16mm 20mm 16mm;
				  @bottom-left { content: "%s"; font-family: '%s'; font-size: 8pt; color: #444; }
				  @bottom-right { content: counter(page); font-family: '%s'; font-size: 8pt; color: #444; } }
				body { font-family: '%s'; font-size: 10pt; color: #111; line-height: 1.35; }
				h1 { font-size: 26pt; margin: 0 0 8mm 0; }
				h2 { font-size: 15pt; margin: 8mm 0 3mm 0; page-break-after: avoid; border-bottom: 1px solid #888; }
				h3 { font-size: 11.5pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
				.cover { padding-top: 70mm; }
				.cover .kicker { font-size: 12pt; text-transform: uppercase; letter-spacing: 1pt; color: #444; }
				.cover .subtitle { font-size: 14pt; }
				.cover .mean { font-size: 14pt; font-weight: bold; margin-top: 10mm; }
				.cover .source { margin-top: 40mm; color: #444; }
				.figure { margin: 2mm 0 4mm 0; page-break-inside: avoid; text-align: center; }
				%s
				table { border-collapse: collapse; width: 100%%; margin-bottom: 3mm; }
				thead { display: table-header-group; }
				tr { page-break-inside: avoid; }
				th { text-align: left; border-bottom: 1.5px solid #111; padding: 1.5mm 2mm; font-size: 9pt; }
				td { border-bottom: 0.5px solid #999; padding: 1.5mm 2mm; vertical-align: top; }
				td.code { white-space: nowrap; width: 12mm; }
				td.number { text-align: right; white-space: nowrap; }
				table.levels { width: auto; }
				tr.component td { font-weight: bold; border-top: 1px solid #111; }
				tr.variable .statement { font-size: 8.5pt; color: #333; margin-top: 0.8mm; }
				td.level-1 { background-color: #f2f2f2; }
				td.level-2 { background-color: #dcdcdc; }
				td.level-3 { background-color: #c4c4c4; }
				td.level-4, td.level-5 { background-color: #a8a8a8; }
				ul.gaps li { margin-bottom: 2mm; }
				ul.gaps .variables { font-size: 9pt; color: #333; }
				""", cssString(footer), BundledFonts.FAMILY, BundledFonts.FAMILY, BundledFonts.FAMILY, sheets());
	}

	/** A named page for each sheet a large drawing may ask for ({@link Paper}), and the class that asks for it. */
	private static String sheets() {
		StringBuilder css = new StringBuilder();
		for (Paper paper : Paper.all()) {
			css.append(paper.pageRule()).append("\n.sheet-").append(paper.name()).append(" { page: ").append(paper.name())
					.append("; page-break-before: always; page-break-after: always; }\n");
		}
		return css.toString().strip();
	}

	/** Gives the drawing the largest size that fits the page's width and the height allowed, keeping its proportions. */
	static void fit(Element svg, double maxWidth, double maxHeight) {
		DrawingSize size = DrawingSize.of(svg);
		double scale = Math.min(maxWidth / size.width(), maxHeight / size.height());
		// whole CSS pixels: openhtmltopdf reads an SVG's size as an integer
		svg.setAttribute("width", String.valueOf((int) Math.floor(size.width() * scale)));
		svg.setAttribute("height", String.valueOf((int) Math.floor(size.height() * scale)));
		if (!svg.hasAttribute("viewBox")) {
			svg.setAttribute("viewBox", "0 0 " + px(size.width()) + " " + px(size.height()));
		}
	}

	private static String px(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** Model text inside a CSS string literal. */
	private static String cssString(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20 || c == 0x7f) {
				out.append(' ');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
