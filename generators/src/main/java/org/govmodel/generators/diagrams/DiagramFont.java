package org.govmodel.generators.diagrams;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The font the diagrams are drawn in, and the width of text in it. The SVGs
 * name DejaVu Sans first in their font stack, and the boxes are sized with the
 * advance widths of the same font, read from the TrueType files shipped in
 * this module (not from the fonts of the machine that generates, so the output
 * is the same everywhere). Readers without DejaVu Sans get Verdana or their
 * sans-serif font, which are no wider; a small allowance covers the
 * difference.
 */
public final class DiagramFont {

	/** The SVG {@code font-family}: the measured font first. */
	public static final String FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Geneva, sans-serif";

	/** Extra room per line, as a share of its measured width, for a reader that substitutes a font. */
	private static final double ALLOWANCE = 0.04;

	private static final Font REGULAR = load("DejaVuSans.ttf");
	private static final Font BOLD = load("DejaVuSans-Bold.ttf");
	private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

	private DiagramFont() {
	}

	private static Font load(String file) {
		try (InputStream in = DiagramFont.class.getResourceAsStream("/org/govmodel/generators/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the generators jar: " + file);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The width of a line of text at a size (in SVG user units), with the allowance for substituted fonts. */
	public static double width(String text, double size, boolean bold) {
		if (text.isEmpty()) {
			return 0;
		}
		Font font = (bold ? BOLD : REGULAR).deriveFont((float) size);
		return font.getStringBounds(text, CONTEXT).getWidth() * (1 + ALLOWANCE);
	}

	/**
	 * Splits text into lines no wider than {@code maxWidth} at spaces; a single
	 * word wider than that is cut where it no longer fits, so no line overflows.
	 */
	public static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.length() == 0 ? word : line + " " + word;
			if (width(candidate, size, bold) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, size, bold) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
				int cut = rest.offsetByCodePoints(0, 1);
				while (cut < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size, bold) <= maxWidth) {
					cut = rest.offsetByCodePoints(cut, 1);
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines.isEmpty() ? List.of("") : lines;
	}
}
