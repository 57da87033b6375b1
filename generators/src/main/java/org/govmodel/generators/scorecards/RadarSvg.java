package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.XmlWriter.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.output.XmlWriter;


/**
 * The radar of Figure IV.1 as a standalone SVG: a heading naming the jurisdiction and framework, the scale and
 * its levels, one axis per component, a ring per level, one polygon per assessment (told apart by line pattern
 * and marker shape, so the chart survives grey printing), the targets where the assessment sets some, a legend
 * and the source. Labels are wrapped, never cut, and the picture is sized to them ({@link ChartFont}).
 */
public class RadarSvg {

	private static final double RADIUS = 190;
	private static final double MARGIN = 24;
	private static final double LABEL_SIZE = 12;
	private static final double LABEL_WIDTH = 170;
	private static final double LINE = 15;
	private static final double HEADING_SIZE = 16;
	private static final double MIN_WIDTH = 560;
	private static final String[] DASHES = { "", "8 4", "2 3", "12 4 2 4" };
	private static final String[] GREYS = { "#1a1a1a", "#555555", "#808080", "#333333" };

	/** One polygon: a scored assessment and what the legend calls it. */
	public record Series(String label, AssessmentScore score) {
	}

	/**
	 * @param assessments scored assessments of one framework, oldest first; the targets drawn are the last one's
	 * @param jurisdiction the jurisdiction's title for the heading, or empty
	 */
	public String render(Framework framework, List<AssessmentScore> assessments, String jurisdiction, ScorecardText text) {
		List<Series> series = new ArrayList<>();
		for (AssessmentScore score : assessments) {
			long sameYear = assessments.stream().filter(a -> a.year() == score.year()).count();
			String label = sameYear == 1 ? String.valueOf(score.year())
					: text.text("radar.sameYear", "year", score.year(), "index", series.stream().filter(s -> s.score().year() == score.year()).count() + 1);
			series.add(new Series(label, score));
		}
		return new Drawing(framework, series, jurisdiction, text).draw();
	}

	/** One drawing: the layout is computed first (labels measured), then written at its place. */
	private static final class Drawing {
		private final Framework framework;
		private final List<Series> series;
		private final String jurisdiction;
		private final ScorecardText text;
		private final List<ItemScore> axes;
		private final double min;
		private final double max;
		private final List<AxisLabel> labels = new ArrayList<>();
		private double centreX;
		private double centreY;

		Drawing(Framework framework, List<Series> series, String jurisdiction, ScorecardText text) {
			this.framework = framework;
			this.series = series;
			this.jurisdiction = jurisdiction;
			this.text = text;
			this.axes = series.get(series.size() - 1).score().components();
			this.min = framework.getScale().getMin().doubleValue();
			this.max = framework.getScale().getMax().doubleValue();
		}

		private record AxisLabel(List<String> lines, String anchor, double x, double top, double width) {
			double left() {
				return anchor.equals("start") ? x : anchor.equals("end") ? x - width : x - width / 2;
			}

			double bottom() {
				return top + lines.size() * LINE;
			}
		}

		String draw() {
			// axis labels around a centre at (0, 0)
			double minX = -RADIUS;
			double maxX = RADIUS;
			double minY = -RADIUS;
			double maxY = RADIUS;
			for (int i = 0; i < axes.size(); i++) {
				AxisLabel label = axisLabel(i);
				labels.add(label);
				minX = Math.min(minX, label.left());
				maxX = Math.max(maxX, label.left() + label.width());
				minY = Math.min(minY, label.top());
				maxY = Math.max(maxY, label.bottom());
			}
			double plotWidth = maxX - minX;
			double width = Math.max(MIN_WIDTH, plotWidth + 2 * MARGIN);
			double textWidth = width - 2 * MARGIN;
			List<String> heading = ChartFont.wrap(jurisdiction.isEmpty() ? text.framework(framework)
					: text.text("chart.heading", "jurisdiction", jurisdiction, "framework", text.framework(framework)), textWidth, HEADING_SIZE, true);
			List<String> subtitle = ChartFont.wrap(subtitle(), textWidth, LABEL_SIZE, false);
			double y = MARGIN + HEADING_SIZE;
			double headingBottom = y + (heading.size() - 1) * (HEADING_SIZE + 4) + subtitle.size() * LINE + 6;
			centreX = MARGIN + (width - 2 * MARGIN - plotWidth) / 2 - minX;
			centreY = headingBottom + 16 - minY;
			double legendTop = centreY + maxY + 22;
			List<List<String>> legend = legendEntries(textWidth - 60);
			double legendHeight = legend.stream().mapToDouble(l -> l.size() * LINE + 6).sum();
			List<String> source = ChartFont.wrap(text.source(series.stream().map(Series::score).toList()), textWidth, 11, false);
			double height = legendTop + legendHeight + 8 + source.size() * 14 + MARGIN;

			XmlWriter svg = new XmlWriter();
			svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(width), "height", num(height), "viewBox",
					"0 0 " + num(width) + " " + num(height), "role", "img", "font-family", ChartFont.FAMILY, "font-size", num(LABEL_SIZE));
			svg.text("title", String.join(" ", heading));
			svg.text("desc", describe());
			svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
			y = ChartFont.write(svg, heading, MARGIN, y, HEADING_SIZE + 4, "font-size", num(HEADING_SIZE), "font-weight", "bold");
			ChartFont.write(svg, subtitle, MARGIN, y - 4 + LINE - 2, LINE, "fill", "#333333");
			rings(svg);
			axes(svg);
			for (int i = 0; i < series.size(); i++) {
				polygon(svg, series.get(i).score().components(), i);
			}
			targets(svg);
			ringLabels(svg);
			legend(svg, legend, legendTop, MARGIN);
			ChartFont.write(svg, source, MARGIN, legendTop + legendHeight + 8 + 11, 14, "font-size", "11", "fill", "#444444");
			svg.close();
			return svg.finish();
		}

		private String subtitle() {
			TreeSet<Integer> years = new TreeSet<>();
			series.forEach(s -> years.add(s.score().year()));
			List<String> levels = new ArrayList<>();
			for (Level level : ScorecardText.levels(framework)) {
				levels.add(text.text("scale.level", "value", text.plain(level.getValue()), "name", text.levelName(level)));
			}
			String scale = levels.isEmpty()
					? text.text("scale.range", "min", text.plain(framework.getScale().getMin()), "max", text.plain(framework.getScale().getMax()))
					: text.text("scale.levels", "levels", text.list(levels));
			return text.text("radar.subtitle", "years", text.list(years.stream().map(String::valueOf).toList()), "scale", scale);
		}

		private AxisLabel axisLabel(int index) {
			ItemScore axis = axes.get(index);
			double angle = angle(index);
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			List<String> lines = new ArrayList<>();
			String code = series.size() == 1 ? text.text("radar.axis", "code", axis.code(), "mean", text.mean(axis.value())) : axis.code();
			lines.add(code);
			lines.addAll(ChartFont.wrap(text.title(axis), LABEL_WIDTH, LABEL_SIZE, false));
			double width = Math.max(ChartFont.width(code, LABEL_SIZE, true), ChartFont.width(lines.subList(1, lines.size()), LABEL_SIZE, false));
			String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
			double x = (RADIUS + 12) * cos;
			double anchorY = (RADIUS + 12) * sin;
			double height = lines.size() * LINE;
			double top = Math.abs(cos) < 0.2 ? (sin < 0 ? anchorY - height : anchorY) : anchorY - height * (1 - sin) / 2;
			return new AxisLabel(lines, anchor, x, top, width);
		}

		private String describe() {
			List<String> parts = new ArrayList<>();
			for (Series s : series) {
				List<String> values = new ArrayList<>();
				for (ItemScore axis : s.score().components()) {
					values.add(text.text("radar.desc.value", "item", text.codeAndTitle(axis), "mean", text.mean(axis.value())));
				}
				parts.add(text.text("radar.desc.series", "label", s.label(), "values", String.join("; ", values)));
			}
			return String.join(" ", parts);
		}

		/** A ring per level of the scale, or four evenly spaced rings when the scale names no levels. */
		private List<Double> ringValues() {
			List<Double> values = new ArrayList<>();
			ScorecardText.levels(framework).forEach(l -> values.add(l.getValue().doubleValue()));
			if (values.isEmpty()) {
				for (int i = 1; i <= 4; i++) {
					values.add(min + (max - min) * i / 4);
				}
			}
			return values;
		}

		private void rings(XmlWriter svg) {
			List<Double> values = ringValues();
			svg.open("g", "fill", "none", "stroke", "#bbbbbb", "stroke-width", "1");
			for (double value : values) {
				double r = radius(value);
				if (r > 0) {
					StringBuilder points = new StringBuilder();
					for (int i = 0; i < axes.size(); i++) {
						points.append(point(i, r)).append(' ');
					}
					svg.empty("polygon", "points", points.toString().strip());
				}
			}
			svg.close();
		}

		/**
		 * The rings' values beside the first axis, clear of its target mark; drawn after the polygons, each on a
		 * white plate, so that no polygon paints over them (a halo drawn with SVG 2's paint-order is not read by
		 * Batik, which would paint the text white in the PNG and PDF exports).
		 */
		private void ringLabels(XmlWriter svg) {
			List<Double> values = ringValues();
			svg.open("g", "fill", "#555555", "font-size", "10", "text-anchor", "end");
			for (double value : values) {
				if (radius(value) > 0) {
					String label = text.plain(BigDecimal.valueOf(value));
					double width = ChartFont.width(label, 10, false) + 4;
					double baseline = centreY - radius(value) + 12;
					svg.empty("rect", "x", num(centreX - 8 - width + 2), "y", num(baseline - 11), "width", num(width), "height", "14", "fill", "#ffffff");
					svg.text("text", label, "x", num(centreX - 8), "y", num(baseline));
				}
			}
			svg.close();
		}

		private void axes(XmlWriter svg) {
			svg.open("g", "stroke", "#999999", "stroke-width", "1");
			for (int i = 0; i < axes.size(); i++) {
				String[] end = point(i, RADIUS).split(",");
				svg.empty("line", "x1", num(centreX), "y1", num(centreY), "x2", end[0], "y2", end[1]);
			}
			svg.close();
			svg.open("g", "fill", "#000000");
			for (AxisLabel label : labels) {
				double y = centreY + label.top() + LABEL_SIZE;
				for (int line = 0; line < label.lines().size(); line++) {
					svg.text("text", label.lines().get(line), "x", num(centreX + label.x()), "y", num(y), "text-anchor", label.anchor(), "font-weight",
							line == 0 ? "bold" : "normal");
					y += LINE;
				}
			}
			svg.close();
		}

		private void polygon(XmlWriter svg, List<ItemScore> components, int index) {
			StringBuilder points = new StringBuilder();
			List<String> vertices = new ArrayList<>();
			for (int i = 0; i < components.size(); i++) {
				BigDecimal value = components.get(i).value();
				String vertex = point(i, radius(value == null ? min : value.doubleValue()));
				points.append(vertex).append(' ');
				vertices.add(vertex);
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

		/** The last assessment's targets: a dashed polygon when every component has one, else a mark on each axis that has. */
		private void targets(XmlWriter svg) {
			List<ItemScore> targeted = axes.stream().filter(a -> a.targetYear() != null).toList();
			if (targeted.isEmpty()) {
				return;
			}
			if (targeted.size() == axes.size()) {
				StringBuilder points = new StringBuilder();
				for (int i = 0; i < axes.size(); i++) {
					points.append(point(i, radius(axes.get(i).target().doubleValue()))).append(' ');
				}
				svg.empty("polygon", "points", points.toString().strip(), "fill", "none", "stroke", "#000000", "stroke-width", "1.5", "stroke-dasharray",
						"3 3");
				return;
			}
			svg.open("g", "fill", "#ffffff", "stroke", "#000000", "stroke-width", "1.5");
			for (int i = 0; i < axes.size(); i++) {
				if (axes.get(i).targetYear() != null) {
					targetMark(svg, point(i, radius(axes.get(i).target().doubleValue())));
				}
			}
			svg.close();
		}

		private List<List<String>> legendEntries(double width) {
			List<List<String>> entries = new ArrayList<>();
			for (Series s : series) {
				entries.add(ChartFont.wrap(text.text("radar.legend.series", "label", s.label(), "mean", text.mean(s.score().mean())), width, LABEL_SIZE, false));
			}
			List<ItemScore> targeted = axes.stream().filter(a -> a.targetYear() != null).toList();
			if (!targeted.isEmpty()) {
				TreeSet<Integer> years = new TreeSet<>();
				targeted.forEach(a -> years.add(a.targetYear()));
				String yearList = text.list(years.stream().map(String::valueOf).toList());
				String entry = targeted.size() == axes.size() ? text.text("radar.legend.targets", "years", yearList)
						: text.text("radar.legend.someTargets", "years", yearList, "count", targeted.size(), "components",
								text.list(targeted.stream().map(ItemScore::code).toList()));
				entries.add(ChartFont.wrap(entry, width, LABEL_SIZE, false));
			}
			return entries;
		}

		private void legend(XmlWriter svg, List<List<String>> entries, double top, double left) {
			double y = top;
			boolean partialTargets = axes.stream().anyMatch(a -> a.targetYear() == null);
			svg.open("g", "font-size", num(LABEL_SIZE));
			for (int i = 0; i < entries.size(); i++) {
				double mid = y + LINE / 2;
				if (i < series.size()) {
					String grey = GREYS[i % GREYS.length];
					svg.empty("line", "x1", num(left), "y1", num(mid), "x2", num(left + 44), "y2", num(mid), "stroke", grey, "stroke-width", "2.5",
							"stroke-dasharray", DASHES[i % DASHES.length]);
					svg.open("g", "fill", grey);
					marker(svg, num(left + 22) + "," + num(mid), i);
					svg.close();
				} else if (partialTargets) {
					svg.open("g", "fill", "#ffffff", "stroke", "#000000", "stroke-width", "1.5");
					targetMark(svg, num(left + 22) + "," + num(mid));
					svg.close();
				} else {
					svg.empty("line", "x1", num(left), "y1", num(mid), "x2", num(left + 44), "y2", num(mid), "stroke", "#000000", "stroke-width", "1.5",
							"stroke-dasharray", "3 3");
				}
				ChartFont.write(svg, entries.get(i), left + 56, y + LABEL_SIZE - 1, LINE);
				y += entries.get(i).size() * LINE + 6;
			}
			svg.close();
		}

		private double radius(double value) {
			return max == min ? 0 : RADIUS * Math.max(0, Math.min(1, (value - min) / (max - min)));
		}

		private double angle(int index) {
			return -Math.PI / 2 + 2 * Math.PI * index / axes.size();
		}

		private String point(int index, double r) {
			double angle = angle(index);
			return num(centreX + r * Math.cos(angle)) + "," + num(centreY + r * Math.sin(angle));
		}
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

	/** A target: an open star-like cross in a circle, unlike every assessment's marker. */
	private static void targetMark(XmlWriter svg, String vertex) {
		String[] xy = vertex.split(",");
		double x = Double.parseDouble(xy[0]);
		double y = Double.parseDouble(xy[1]);
		svg.empty("circle", "cx", num(x), "cy", num(y), "r", "6");
		svg.empty("line", "x1", num(x - 6), "y1", num(y), "x2", num(x + 6), "y2", num(y));
		svg.empty("line", "x1", num(x), "y1", num(y - 6), "x2", num(x), "y2", num(y + 6));
	}
}
