package org.govmodel.publish;

import org.w3c.dom.Element;

/** The size of an SVG drawing in user units: its viewBox, else its width and height attributes. */
record DrawingSize(double width, double height) {

	static DrawingSize of(Element svg) {
		String viewBox = svg.getAttribute("viewBox").trim();
		if (!viewBox.isEmpty()) {
			String[] parts = viewBox.split("[\\s,]+");
			if (parts.length == 4) {
				return positive(Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
			}
		}
		return positive(length(svg.getAttribute("width")), length(svg.getAttribute("height")));
	}

	private static double length(String value) {
		String number = value.trim().replaceAll("(px|pt)$", "");
		return number.isEmpty() ? 0 : Double.parseDouble(number);
	}

	private static DrawingSize positive(double width, double height) {
		if (!(width > 0 && height > 0)) {
			throw new IllegalArgumentException("the SVG has no size (no viewBox, width or height)");
		}
		return new DrawingSize(width, height);
	}
}
