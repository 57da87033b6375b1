package org.govmodel.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sheet a large drawing is printed on: the smallest ISO A size (A4, A3, … A0), turned to the drawing's
 * shape, on which the drawing's smallest text prints at {@link #SMALLEST_TEXT_PT} or more. A structure of forty
 * members does not shrink to unreadable print on A4; it asks for the sheet a plotter or a print shop gives.
 */
record Paper(String name, double widthMm, double heightMm) {

	/** The smallest text a reader can read on paper, in points. */
	static final double SMALLEST_TEXT_PT = 6;
	/** The page's margins (as the report's other pages: 16 mm, 20 mm at the foot for the footer). */
	static final double SIDE_MARGIN_MM = 16;
	static final double TOP_MARGIN_MM = 16;
	static final double BOTTOM_MARGIN_MM = 20;
	/** The room of the page's heading above the drawing. */
	static final double HEADING_MM = 24;

	private static final double CSS_PX_PER_MM = 96 / 25.4;
	private static final double PT_PER_CSS_PX = 0.75;

	/** Every sheet, smallest first, each upright and turned. */
	static List<Paper> all() {
		List<Paper> papers = new ArrayList<>();
		for (int a = 4; a >= 0; a--) {
			// ISO 216: A0 is 841 × 1189 mm, each next size half of it
			double longSide = Math.floor(1189 / Math.pow(Math.sqrt(2), a));
			double shortSide = Math.floor(841 / Math.pow(Math.sqrt(2), a));
			papers.add(new Paper("a" + a + "-portrait", shortSide, longSide));
			papers.add(new Paper("a" + a + "-landscape", longSide, shortSide));
		}
		return papers;
	}

	/**
	 * The sheet for a drawing: the smallest on which it prints its smallest text large enough, turned as the
	 * drawing is if both ways do, else (a drawing larger than A0 needs) the one on which it prints largest.
	 */
	static Paper forDrawing(DrawingSize size, double smallestText) {
		Paper best = null;
		List<Paper> papers = new ArrayList<>(all());
		boolean wide = size.width() > size.height();
		// of two sheets of one size, the one turned as the drawing is comes first
		papers.sort(Comparator.comparingDouble((Paper p) -> p.widthMm() * p.heightMm()).thenComparing(p -> p.widthMm() > p.heightMm() != wide));
		for (Paper paper : papers) {
			if (paper.textSize(size, smallestText) >= SMALLEST_TEXT_PT) {
				return paper;
			}
			if (best == null || paper.textSize(size, smallestText) > best.textSize(size, smallestText)) {
				best = paper;
			}
		}
		return best;
	}

	/** The size in points at which text of {@code size} user units prints when the drawing fills this sheet. */
	double textSize(DrawingSize drawing, double size) {
		return size * scale(drawing) * PT_PER_CSS_PX;
	}

	double scale(DrawingSize drawing) {
		return Math.min(contentWidth() / drawing.width(), contentHeight() / drawing.height());
	}

	/** The room for the drawing, in CSS pixels. */
	double contentWidth() {
		return (widthMm - 2 * SIDE_MARGIN_MM) * CSS_PX_PER_MM;
	}

	double contentHeight() {
		return (heightMm - TOP_MARGIN_MM - BOTTOM_MARGIN_MM - HEADING_MM) * CSS_PX_PER_MM;
	}

	boolean isA4Portrait() {
		return name.equals("a4-portrait");
	}

	/** The CSS page rule of this sheet, a named page the drawing's page asks for. */
	String pageRule() {
		return String.format(Locale.ROOT, "@page %s { size: %.0fmm %.0fmm; }", name, widthMm, heightMm);
	}

	/** The smallest font size (in user units) that a drawing's elements state. */
	static double smallestText(Element svg) {
		double smallest = Double.MAX_VALUE;
		List<Element> elements = new ArrayList<>(List.of(svg));
		NodeList descendants = svg.getElementsByTagName("*");
		for (int i = 0; i < descendants.getLength(); i++) {
			elements.add((Element) descendants.item(i));
		}
		for (Element element : elements) {
			String value = element.getAttribute("font-size").replaceAll("px$", "").trim();
			if (!value.isEmpty()) {
				smallest = Math.min(smallest, Double.parseDouble(value));
			}
		}
		return smallest == Double.MAX_VALUE ? 16 : smallest;
	}
}
