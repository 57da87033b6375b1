package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.XmlWriter.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.output.XmlWriter;


/**
 * Component means across the years as an SVG line chart, for two assessments or more (a single year is a table,
 * see {@link TrendPage}). The y axis is marked at the scale's levels with their names; each component has its
 * own line pattern and marker (filled or open), lines that share a value are drawn side by side a few units
 * apart instead of on top of each other, and each line is labelled at its end with its full title, wrapped and
 * pushed apart so no two labels overlap (joined to their line by a leader when moved).
 */
public class TrendSvg {

	private static final double MARGIN = 24;
	private static final double PLOT_WIDTH = 420;
	private static final double PLOT_HEIGHT = 320;
	private static final double LABEL_WIDTH = 230;
	private static final double LABEL_SIZE = 11;
	private static final double LINE = 13;
	private static final double HEADING_SIZE = 16;
	private static final double SPREAD = 5;
	private static final String[] DASHES = { "", "8 4", "2 3", "12 4 2 4", "4 4" };

	/**
	 * @param assessments two or more scored assessments of one framework, oldest first
	 * @param jurisdiction the jurisdiction's title for the heading, or empty
	 */
	public String render(Framework framework, List<AssessmentScore> assessments, String jurisdiction, ScorecardText text) {
		double min = framework.getScale().getMin().doubleValue();
		double max = framework.getScale().getMax().doubleValue();
		List<double[]> ticks = ticks(framework, text);
		List<String> tickLabels = tickLabels(framework, text);
		double tickWidth = tickLabels.stream().mapToDouble(l -> ChartFont.width(l, LABEL_SIZE, false)).max().orElse(0);
		double left = MARGIN + tickWidth + 10;
		double width = left + PLOT_WIDTH + 28 + LABEL_WIDTH + MARGIN;
		double textWidth = width - 2 * MARGIN;
		int first = assessments.get(0).year();
		int last = assessments.get(assessments.size() - 1).year();
		List<String> heading = ChartFont.wrap(jurisdiction.isEmpty() ? text.framework(framework)
				: text.text("chart.heading", "jurisdiction", jurisdiction, "framework", text.framework(framework)), textWidth, HEADING_SIZE, true);
		List<String> subtitle = ChartFont.wrap(text.text("trend.subtitle", "first", first, "last", last), textWidth, 12, false);
		double top = MARGIN + HEADING_SIZE + heading.size() * (HEADING_SIZE + 4) + subtitle.size() * 15 + 22;
		Plot plot = new Plot(left, top, min, max, first, last);

		List<ItemScore> components = assessments.get(assessments.size() - 1).components();
		List<List<double[]>> lines = lines(components, assessments, plot);
		List<List<String>> labels = new ArrayList<>();
		for (ItemScore component : components) {
			labels.add(ChartFont.wrap(text.codeAndTitle(component), LABEL_WIDTH, LABEL_SIZE, false));
		}
		double[] labelTops = labelTops(lines, labels);
		double labelsBottom = 0;
		for (int c = 0; c < labelTops.length; c++) {
			labelsBottom = Math.max(labelsBottom, labelTops[c] + labels.get(c).size() * LINE);
		}
		double axisBottom = top + PLOT_HEIGHT + 34;
		List<String> source = ChartFont.wrap(text.source(assessments), textWidth, 11, false);
		double sourceTop = Math.max(axisBottom, labelsBottom + 8) + 8;
		double height = sourceTop + source.size() * 14 + MARGIN;

		XmlWriter svg = new XmlWriter();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(width), "height", num(height), "viewBox", "0 0 " + num(width) + " " + num(height),
				"role", "img", "font-family", ChartFont.FAMILY, "font-size", num(LABEL_SIZE));
		svg.text("title", String.join(" ", heading) + " — " + String.join(" ", subtitle));
		svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
		double y = ChartFont.write(svg, heading, MARGIN, MARGIN + HEADING_SIZE, HEADING_SIZE + 4, "font-size", num(HEADING_SIZE), "font-weight", "bold");
		ChartFont.write(svg, subtitle, MARGIN, y + 11, 15, "font-size", "12", "fill", "#333333");
		svg.open("g", "stroke", "#cccccc", "stroke-width", "1");
		for (double[] tick : ticks) {
			svg.empty("line", "x1", num(left), "y1", num(plot.y(tick[0])), "x2", num(left + PLOT_WIDTH), "y2", num(plot.y(tick[0])));
		}
		svg.close();
		svg.open("g", "fill", "#333333", "text-anchor", "end");
		for (int i = 0; i < ticks.size(); i++) {
			svg.text("text", tickLabels.get(i), "x", num(left - 10), "y", num(plot.y(ticks.get(i)[0]) + 4));
		}
		svg.close();
		svg.open("g", "fill", "#333333", "text-anchor", "middle");
		for (AssessmentScore assessment : assessments) {
			svg.text("text", String.valueOf(assessment.year()), "x", num(plot.x(assessment.year())), "y", num(top + PLOT_HEIGHT + 22));
		}
		svg.close();
		for (int c = 0; c < components.size(); c++) {
			String grey = c % 2 == 0 ? "#1a1a1a" : "#5a5a5a";
			List<double[]> points = lines.get(c);
			svg.open("g", "stroke", grey, "fill", grey);
			StringBuilder polyline = new StringBuilder();
			points.forEach(p -> polyline.append(num(p[0])).append(',').append(num(p[1])).append(' '));
			svg.empty("polyline", "points", polyline.toString().strip(), "fill", "none", "stroke-width", "2", "stroke-dasharray", DASHES[c % DASHES.length]);
			int index = c;
			points.forEach(p -> marker(svg, p[0], p[1], index));
			if (!points.isEmpty()) {
				double[] end = points.get(points.size() - 1);
				double labelMid = labelTops[c] + LINE / 2;
				svg.empty("polyline", "points", num(end[0] + 6) + "," + num(end[1]) + " " + num(left + PLOT_WIDTH + 14) + "," + num(labelMid) + " "
						+ num(left + PLOT_WIDTH + 24) + "," + num(labelMid), "fill", "none", "stroke-width", "0.75");
			}
			ChartFont.write(svg, labels.get(c), left + PLOT_WIDTH + 28, labelTops[c] + LABEL_SIZE - 1, LINE, "stroke", "none");
			svg.close();
		}
		ChartFont.write(svg, source, MARGIN, sourceTop + 11, 14, "font-size", "11", "fill", "#444444");
		svg.close();
		return svg.finish();
	}

	private record Plot(double left, double top, double min, double max, int first, int last) {
		double x(int year) {
			return first == last ? left + PLOT_WIDTH / 2 : left + PLOT_WIDTH * (year - first) / (double) (last - first);
		}

		double y(double value) {
			return top + PLOT_HEIGHT * (1 - (value - min) / (max - min));
		}
	}

	/** The y ticks: the scale's levels, or its ends when it names none. */
	private static List<double[]> ticks(Framework framework, ScorecardText text) {
		List<double[]> ticks = new ArrayList<>();
		List<Level> levels = ScorecardText.levels(framework);
		if (levels.isEmpty()) {
			ticks.add(new double[] { framework.getScale().getMin().doubleValue() });
			ticks.add(new double[] { framework.getScale().getMax().doubleValue() });
		} else {
			levels.forEach(l -> ticks.add(new double[] { l.getValue().doubleValue() }));
		}
		return ticks;
	}

	private static List<String> tickLabels(Framework framework, ScorecardText text) {
		List<Level> levels = ScorecardText.levels(framework);
		if (levels.isEmpty()) {
			return List.of(text.plain(framework.getScale().getMin()), text.plain(framework.getScale().getMax()));
		}
		return levels.stream().map(l -> text.text("scale.level", "value", text.plain(l.getValue()), "name", text.levelName(l))).toList();
	}

	/**
	 * Each component's points; components that share a point (same year, same value) are spread vertically
	 * around it in component order, so equal lines run side by side.
	 */
	private static List<List<double[]>> lines(List<ItemScore> components, List<AssessmentScore> assessments, Plot plot) {
		List<List<double[]>> lines = new ArrayList<>();
		Map<String, List<Integer>> sharing = new HashMap<>();
		for (int c = 0; c < components.size(); c++) {
			for (AssessmentScore assessment : assessments) {
				BigDecimal value = assessment.byCode(components.get(c).code()).map(ItemScore::value).orElse(null);
				if (value != null) {
					sharing.computeIfAbsent(assessment.year() + "@" + value.stripTrailingZeros().toPlainString(), k -> new ArrayList<>()).add(c);
				}
			}
		}
		for (int c = 0; c < components.size(); c++) {
			List<double[]> points = new ArrayList<>();
			for (AssessmentScore assessment : assessments) {
				BigDecimal value = assessment.byCode(components.get(c).code()).map(ItemScore::value).orElse(null);
				if (value != null) {
					List<Integer> same = sharing.get(assessment.year() + "@" + value.stripTrailingZeros().toPlainString());
					double offset = (same.indexOf(c) - (same.size() - 1) / 2.0) * SPREAD;
					points.add(new double[] { plot.x(assessment.year()), plot.y(value.doubleValue()) + offset });
				}
			}
			lines.add(points);
		}
		return lines;
	}

	/** Label tops: centred on their line's end, then pushed down in order of height so that none overlaps the one above. */
	private static double[] labelTops(List<List<double[]>> lines, List<List<String>> labels) {
		int count = lines.size();
		double[] tops = new double[count];
		Integer[] order = new Integer[count];
		for (int c = 0; c < count; c++) {
			List<double[]> points = lines.get(c);
			double endY = points.isEmpty() ? 0 : points.get(points.size() - 1)[1];
			tops[c] = endY - LINE / 2;
			order[c] = c;
		}
		double[] wanted = tops.clone();
		Arrays.sort(order, (a, b) -> wanted[a] != wanted[b] ? Double.compare(wanted[a], wanted[b]) : Integer.compare(a, b));
		for (int i = 1; i < count; i++) {
			int above = order[i - 1];
			tops[order[i]] = Math.max(tops[order[i]], tops[above] + labels.get(above).size() * LINE + 4);
		}
		return tops;
	}

	/** Five shapes, filled for the first five components and open for the next five: ten distinct markers. */
	private static void marker(XmlWriter svg, double x, double y, int index) {
		String[] common = index / 5 % 2 == 0 ? new String[] { "stroke-width", "1.25" } : new String[] { "fill", "#ffffff", "stroke-width", "1.25" };
		switch (index % 5) {
			case 0 -> svg.empty("circle", concat(common, "cx", num(x), "cy", num(y), "r", "3.5"));
			case 1 -> svg.empty("rect", concat(common, "x", num(x - 3.5), "y", num(y - 3.5), "width", "7", "height", "7"));
			case 2 -> svg.empty("polygon", concat(common, "points", num(x) + "," + num(y - 4.5) + " " + num(x + 4.5) + "," + num(y + 3.5) + " " + num(x - 4.5) + "," + num(y + 3.5)));
			case 3 -> svg.empty("polygon", concat(common, "points", num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y) + " " + num(x) + "," + num(y + 5) + " " + num(x - 5) + "," + num(y)));
			default -> svg.empty("polygon", concat(common, "points", num(x - 4.5) + "," + num(y - 3.5) + " " + num(x + 4.5) + "," + num(y - 3.5) + " " + num(x) + "," + num(y + 4.5)));
		}
	}

	private static String[] concat(String[] first, String... second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
