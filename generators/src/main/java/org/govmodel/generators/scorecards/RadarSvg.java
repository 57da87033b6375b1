package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.XmlWriter.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.generators.output.XmlWriter;

/**
 * The radar of Figure IV.1 as a standalone SVG: one axis per component of any
 * framework, a ring per scale level, one polygon per assessment (years told
 * apart by line pattern and marker shape, so the chart survives grey printing)
 * and the target polygon.
 */
public class RadarSvg {

	private static final double SIZE = 720;
	private static final double WIDTH = 900;
	private static final double CENTRE_X = 450;
	private static final double CENTRE_Y = 330;
	private static final double RADIUS = 220;
	private static final String[] DASHES = { "", "8 4", "2 3", "12 4 2 4" };
	private static final String[] GREYS = { "#1a1a1a", "#555555", "#808080", "#333333" };

	/** @param assessments scored assessments of one framework, oldest first */
	public String render(Framework framework, List<AssessmentScore> assessments) {
		AssessmentScore latest = assessments.get(assessments.size() - 1);
		List<ItemScore> axes = latest.components();
		double min = framework.getScale().getMin().doubleValue();
		double max = framework.getScale().getMax().doubleValue();
		XmlWriter svg = new XmlWriter();
		double height = SIZE + 20 * assessments.size();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(WIDTH), "height", num(height), "viewBox",
				"0 0 " + num(WIDTH) + " " + num(height), "role", "img", "font-family", "Helvetica, Arial, sans-serif", "font-size", "12");
		svg.text("title", "Radar of " + framework.getTitle() + ": component means per assessment");
		svg.text("desc", describe(axes, assessments));
		svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
		svg.text("text", framework.getTitle(), "x", num(CENTRE_X), "y", "28", "text-anchor", "middle", "font-size", "16", "font-weight", "bold");
		rings(svg, framework, min, max, axes.size());
		axes(svg, axes, max, min);
		for (int i = 0; i < assessments.size(); i++) {
			polygon(svg, assessments.get(i).components(), min, max, i, false);
		}
		polygon(svg, latest.components(), min, max, -1, true);
		legend(svg, assessments, latest);
		svg.close();
		return svg.finish();
	}

	private static String describe(List<ItemScore> axes, List<AssessmentScore> assessments) {
		StringBuilder text = new StringBuilder();
		for (AssessmentScore assessment : assessments) {
			text.append(assessment.year()).append(':');
			for (ItemScore axis : assessment.components()) {
				text.append(' ').append(axis.code()).append('=').append(axis.value() == null ? "n/a" : num(axis.value().doubleValue()));
			}
			text.append(". ");
		}
		return text.append(axes.size()).append(" components.").toString().strip();
	}

	private void rings(XmlWriter svg, Framework framework, double min, double max, int count) {
		List<Double> values = new ArrayList<>();
		for (Level level : framework.getScale().getLevels()) {
			values.add(level.getValue().doubleValue());
		}
		if (values.isEmpty()) {
			for (int i = 1; i <= 4; i++) {
				values.add(min + (max - min) * i / 4);
			}
		}
		svg.open("g", "fill", "none", "stroke", "#bbbbbb", "stroke-width", "1");
		for (double value : values) {
			double r = radius(value, min, max);
			if (r <= 0) {
				continue;
			}
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < count; i++) {
				points.append(point(i, count, r)).append(' ');
			}
			svg.empty("polygon", "points", points.toString().strip());
		}
		svg.close();
		svg.open("g", "fill", "#666666", "font-size", "10", "text-anchor", "start");
		for (double value : values) {
			if (radius(value, min, max) > 0) {
				svg.text("text", XmlWriter.label(value), "x", num(CENTRE_X + 4), "y", num(CENTRE_Y - radius(value, min, max) + 12));
			}
		}
		svg.close();
	}

	private void axes(XmlWriter svg, List<ItemScore> axes, double max, double min) {
		svg.open("g", "stroke", "#999999", "stroke-width", "1");
		for (int i = 0; i < axes.size(); i++) {
			String[] end = point(i, axes.size(), RADIUS).split(",");
			svg.empty("line", "x1", num(CENTRE_X), "y1", num(CENTRE_Y), "x2", end[0], "y2", end[1]);
		}
		svg.close();
		svg.open("g", "fill", "#000000");
		for (int i = 0; i < axes.size(); i++) {
			double angle = angle(i, axes.size());
			double x = CENTRE_X + (RADIUS + 18) * Math.cos(angle);
			double y = CENTRE_Y + (RADIUS + 18) * Math.sin(angle);
			String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
			svg.open("text", "x", num(x), "y", num(y), "text-anchor", anchor);
			svg.text("tspan", axes.get(i).code(), "font-weight", "bold");
			svg.text("tspan", shorten(axes.get(i).title()), "x", num(x), "dy", "14");
			svg.close();
		}
		svg.close();
	}

	private void polygon(XmlWriter svg, List<ItemScore> components, double min, double max, int index, boolean target) {
		StringBuilder points = new StringBuilder();
		List<String> vertices = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			BigDecimal value = target ? components.get(i).target() : components.get(i).value();
			String vertex = point(i, components.size(), radius(value == null ? min : value.doubleValue(), min, max));
			points.append(vertex).append(' ');
			vertices.add(vertex);
		}
		if (target) {
			svg.empty("polygon", "points", points.toString().strip(), "fill", "none", "stroke", "#000000", "stroke-width", "1.5",
					"stroke-dasharray", "3 3");
			return;
		}
		String grey = GREYS[index % GREYS.length];
		svg.open("g", "stroke", grey, "fill", grey);
		svg.empty("polygon", "points", points.toString().strip(), "fill-opacity", "0.08", "stroke-width", "2.5", "stroke-dasharray",
				DASHES[index % DASHES.length]);
		for (String vertex : vertices) {
			marker(svg, vertex, index);
		}
		svg.close();
	}

	/** Circle, square, triangle, diamond: a shape per assessment. */
	private static void marker(XmlWriter svg, String vertex, int index) {
		String[] xy = vertex.split(",");
		double x = Double.parseDouble(xy[0]);
		double y = Double.parseDouble(xy[1]);
		switch (index % 4) {
			case 0 -> svg.empty("circle", "cx", num(x), "cy", num(y), "r", "4");
			case 1 -> svg.empty("rect", "x", num(x - 4), "y", num(y - 4), "width", "8", "height", "8");
			case 2 -> svg.empty("polygon", "points", num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y + 4) + " " + num(x - 5) + "," + num(y + 4));
			default -> svg.empty("polygon", "points", num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y) + " " + num(x) + "," + num(y + 5) + " " + num(x - 5) + "," + num(y));
		}
	}

	private void legend(XmlWriter svg, List<AssessmentScore> assessments, AssessmentScore latest) {
		double y = SIZE - 70;
		svg.open("g", "font-size", "12");
		for (int i = 0; i < assessments.size(); i++) {
			String grey = GREYS[i % GREYS.length];
			svg.empty("line", "x1", "40", "y1", num(y), "x2", "90", "y2", num(y), "stroke", grey, "stroke-width", "2.5", "stroke-dasharray", DASHES[i % DASHES.length]);
			svg.open("g", "fill", grey);
			marker(svg, "65," + num(y), i);
			svg.close();
			AssessmentScore a = assessments.get(i);
			svg.text("text", a.year() + " — " + a.assessment().getName() + (a.assessment().getAssessor() == null ? "" : " (" + a.assessment().getAssessor() + ")")
					+ ", mean " + ScoreFormat.format(a.mean()), "x", "100", "y", num(y + 4));
			y += 20;
		}
		boolean goals = latest.components().stream().anyMatch(c -> c.targetYear() != null);
		svg.empty("line", "x1", "40", "y1", num(y), "x2", "90", "y2", num(y), "stroke", "#000000", "stroke-width", "1.5", "stroke-dasharray", "3 3");
		svg.text("text", goals ? "Targets of " + latest.year() + " (top of the scale where no target is set)" : "Top of the scale", "x", "100", "y", num(y + 4));
		svg.close();
	}

	private static double radius(double value, double min, double max) {
		return max == min ? 0 : RADIUS * Math.max(0, Math.min(1, (value - min) / (max - min)));
	}

	private static double angle(int index, int count) {
		return -Math.PI / 2 + 2 * Math.PI * index / count;
	}

	private static String point(int index, int count, double r) {
		double angle = angle(index, count);
		return num(CENTRE_X + r * Math.cos(angle)) + "," + num(CENTRE_Y + r * Math.sin(angle));
	}

	private static String shorten(String title) {
		return title.length() <= 40 ? title : title.substring(0, 39).strip() + "…";
	}
}
