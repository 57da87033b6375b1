package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.XmlWriter.num;

import java.math.BigDecimal;
import java.util.List;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.output.XmlWriter;

/**
 * Component means across the years as an SVG line chart: one line per
 * component, told apart by pattern and labelled at its end, for grey printing.
 */
public class TrendSvg {

	private static final double WIDTH = 760;
	private static final double HEIGHT = 460;
	private static final double LEFT = 60;
	private static final double RIGHT = 230;
	private static final double TOP = 50;
	private static final double BOTTOM = 60;
	private static final String[] DASHES = { "", "8 4", "2 3", "12 4 2 4", "4 4" };

	/** @param assessments scored assessments of one framework, oldest first */
	public String render(Framework framework, List<AssessmentScore> assessments) {
		double min = framework.getScale().getMin().doubleValue();
		double max = framework.getScale().getMax().doubleValue();
		int first = assessments.get(0).year();
		int last = assessments.get(assessments.size() - 1).year();
		XmlWriter svg = new XmlWriter();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(WIDTH), "height", num(HEIGHT), "viewBox", "0 0 " + num(WIDTH) + " " + num(HEIGHT),
				"role", "img", "font-family", "Helvetica, Arial, sans-serif", "font-size", "12");
		svg.text("title", "Trend of the component means of " + framework.getTitle() + ", " + first + "–" + last);
		svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
		svg.text("text", framework.getTitle() + ": component means by year", "x", num(LEFT), "y", "28", "font-size", "15", "font-weight", "bold");
		svg.open("g", "stroke", "#cccccc", "stroke-width", "1");
		for (int step = 0; step <= 4; step++) {
			double value = min + (max - min) * step / 4;
			svg.empty("line", "x1", num(LEFT), "y1", num(y(value, min, max)), "x2", num(WIDTH - RIGHT), "y2", num(y(value, min, max)));
		}
		svg.close();
		svg.open("g", "fill", "#444444", "text-anchor", "end");
		for (int step = 0; step <= 4; step++) {
			double value = min + (max - min) * step / 4;
			svg.text("text", XmlWriter.label(value), "x", num(LEFT - 8), "y", num(y(value, min, max) + 4));
		}
		svg.close();
		svg.open("g", "fill", "#444444", "text-anchor", "middle");
		for (AssessmentScore assessment : assessments) {
			svg.text("text", String.valueOf(assessment.year()), "x", num(x(assessment.year(), first, last)), "y", num(HEIGHT - BOTTOM + 20));
		}
		svg.close();
		List<ItemScore> components = assessments.get(assessments.size() - 1).components();
		double[] labelY = labelPositions(components, assessments, min, max);
		for (int c = 0; c < components.size(); c++) {
			String code = components.get(c).code();
			StringBuilder points = new StringBuilder();
			double lastY = 0;
			for (AssessmentScore assessment : assessments) {
				BigDecimal value = assessment.byCode(code).map(ItemScore::value).orElse(null);
				if (value != null) {
					lastY = y(value.doubleValue(), min, max);
					points.append(num(x(assessment.year(), first, last))).append(',').append(num(lastY)).append(' ');
				}
			}
			String grey = c % 2 == 0 ? "#1a1a1a" : "#666666";
			svg.open("g", "stroke", grey, "fill", grey);
			svg.empty("polyline", "points", points.toString().strip(), "fill", "none", "stroke-width", "2", "stroke-dasharray", DASHES[c % DASHES.length]);
			for (String point : points.toString().strip().split(" ")) {
				if (!point.isEmpty()) {
					String[] xy = point.split(",");
					svg.empty("circle", "cx", xy[0], "cy", xy[1], "r", "3");
				}
			}
			svg.text("text", code + " " + shorten(components.get(c).title()), "x", num(WIDTH - RIGHT + 8), "y", num(labelY[c] + 4), "stroke", "none",
					"font-size", "11");
			svg.close();
		}
		svg.close();
		return svg.finish();
	}

	/** End-of-line label heights, pushed apart so that lines ending at the same value stay readable. */
	private static double[] labelPositions(List<ItemScore> components, List<AssessmentScore> assessments, double min, double max) {
		double[] y = new double[components.size()];
		Integer[] order = new Integer[components.size()];
		for (int c = 0; c < components.size(); c++) {
			String code = components.get(c).code();
			BigDecimal last = null;
			for (AssessmentScore assessment : assessments) {
				BigDecimal value = assessment.byCode(code).map(ItemScore::value).orElse(null);
				last = value != null ? value : last;
			}
			y[c] = y(last == null ? min : last.doubleValue(), min, max);
			order[c] = c;
		}
		java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : Double.compare(y[a], y[b]) != 0 ? Double.compare(y[a], y[b]) : Integer.compare(a, b));
		for (int i = 1; i < order.length; i++) {
			y[order[i]] = Math.max(y[order[i]], y[order[i - 1]] + 14);
		}
		return y;
	}

	private static double x(int year, int first, int last) {
		return first == last ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + (WIDTH - RIGHT - LEFT) * (year - first) / (double) (last - first);
	}

	private static double y(double value, double min, double max) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
	}

	private static String shorten(String title) {
		return title.length() <= 30 ? title : title.substring(0, 29).strip() + "…";
	}
}
