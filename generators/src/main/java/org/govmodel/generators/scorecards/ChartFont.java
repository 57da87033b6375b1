package org.govmodel.generators.scorecards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.generators.output.XmlWriter;

/**
 * The font of the charts and how wide their text is. The SVGs declare {@link #FAMILY}; text is measured with
 * the advance widths of DejaVu Sans, the widest font of that stack (read once from the TrueType files with
 * java.awt and shipped as {@code dejavu-sans-widths.txt}, so every machine measures alike). Arial, Helvetica and
 * Liberation Sans, which come first, are narrower glyph by glyph, so a label laid out here fits whichever of
 * them the reader's viewer finds, and fits exactly with DejaVu Sans, the usual fallback on Linux.
 */
public final class ChartFont {

	/** The font-family stack every chart declares. */
	public static final String FAMILY = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

	private static final int[] NO_WIDTH = null;
	private static final Map<Integer, int[]> WIDTHS = load();
	/** Width of a character the table lacks: a full em, which no Latin glyph exceeds. */
	private static final int UNKNOWN = 1000;

	private ChartFont() {
	}

	/** The width of a line of text in user units at the given font size. */
	public static double width(String text, double size, boolean bold) {
		long thousandths = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int[] widths = WIDTHS.getOrDefault(codePoint, NO_WIDTH);
			thousandths += widths == null ? UNKNOWN : widths[bold ? 1 : 0];
			i += Character.charCount(codePoint);
		}
		return thousandths * size / 1000.0;
	}

	/**
	 * The text broken at spaces into lines no wider than {@code maxWidth}; a word longer than a line is broken
	 * at a hyphen or slash if it has one, else left whole on its own line (never cut, never given an ellipsis).
	 */
	public static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words(text, maxWidth, size, bold)) {
			String candidate = line.length() == 0 ? word : line + (line.charAt(line.length() - 1) == '-' || line.charAt(line.length() - 1) == '/' ? "" : " ") + word;
			if (line.length() > 0 && width(candidate, size, bold) > maxWidth) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The widest of the lines. */
	public static double width(List<String> lines, double size, boolean bold) {
		return lines.stream().mapToDouble(l -> width(l, size, bold)).max().orElse(0);
	}

	/**
	 * Writes lines of text, one {@code <text>} element each (so each has its own box), the first on baseline
	 * {@code y} and the next {@code step} below.
	 *
	 * @return the baseline after the last line
	 */
	public static double write(XmlWriter svg, List<String> lines, double x, double y, double step, String... attributes) {
		double baseline = y;
		for (String line : lines) {
			String[] all = new String[attributes.length + 4];
			all[0] = "x";
			all[1] = XmlWriter.num(x);
			all[2] = "y";
			all[3] = XmlWriter.num(baseline);
			System.arraycopy(attributes, 0, all, 4, attributes.length);
			svg.text("text", line, all);
			baseline += step;
		}
		return baseline;
	}

	private static List<String> words(String text, double maxWidth, double size, boolean bold) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (width(word, size, bold) <= maxWidth) {
				words.add(word);
				continue;
			}
			// a long compound ("semantic-syntactic", "and/or") may break after its hyphens and slashes
			int start = 0;
			for (int i = 0; i < word.length(); i++) {
				if ((word.charAt(i) == '-' || word.charAt(i) == '/') && i > start && i < word.length() - 1) {
					words.add(word.substring(start, i + 1));
					start = i + 1;
				}
			}
			words.add(word.substring(start));
		}
		return words;
	}

	private static Map<Integer, int[]> load() {
		Map<Integer, int[]> widths = new HashMap<>();
		try (InputStream in = ChartFont.class.getResourceAsStream("dejavu-sans-widths.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.trim().split(" ");
				widths.put(Integer.parseInt(fields[0], 16), new int[] { Integer.parseInt(fields[1]), Integer.parseInt(fields[2]) });
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(widths);
	}
}
