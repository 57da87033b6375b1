package org.govmodel.generators.diagrams;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;

import com.google.inject.Inject;

/**
 * The governance diagrams of each jurisdiction under {@code diagrams/}: the
 * structure of Diagram IV.1 and, per operational body with units, its internal
 * structure (Diagram IV.2); each as SVG (laid out with ELK, boxes linked to
 * the documentation site's pages) and as DOT, PlantUML and Mermaid text, in
 * the readers' language. Where they go: {@link DiagramFiles}.
 */
public class DiagramGenerator {

	public static final String FOLDER = DiagramFiles.FOLDER;

	@Inject
	private ReportSubjects subjects;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private OrgChartBuilder charts;

	@Inject
	private DiagramSvg svg;

	/** The diagrams in English, without links (no site beside them). */
	public void generate(List<Model> models, Artifacts artifacts) {
		generate(models, ReportOptions.defaults(), false, artifacts);
	}

	/**
	 * @param withSite whether the documentation site is generated beside the diagrams: then their boxes link to its
	 *                 pages
	 */
	public void generate(List<Model> models, ReportOptions options, boolean withSite, Artifacts artifacts) {
		List<Subject> all = subjects.of(models);
		DiagramFiles files = files(all);
		Function<String, String> links = withSite ? relativeTo(FOLDER) : page -> null;
		// each diagram is laid out on its own: all of them on every core
		Stream<Runnable> diagrams = all.stream().flatMap(subject -> Stream.concat(
				files.governance(subject).stream().map(base -> (Runnable) () -> write(artifacts, base, governance(subject, options), links)),
				DiagramFiles.unitBodies(subject).stream().map(body -> (Runnable) () -> units(subject, body, options)
						.ifPresent(chart -> write(artifacts, files.units(subject, body).orElseThrow(), chart, links)))));
		diagrams.toList().parallelStream().forEach(Runnable::run);
	}

	/** Where the diagrams of these subjects are. */
	public DiagramFiles files(List<Subject> subjects) {
		return new DiagramFiles(subjects, names);
	}

	/** The subject's Diagram IV.1, with its boxes' pages. */
	public OrgChart governance(Subject subject, ReportOptions options) {
		return charts.governance(subject.view(), options.language(), DocsPages.of(subject));
	}

	/** The Diagram IV.2 of one of the subject's operational bodies, with its boxes' pages; empty when it has no units. */
	public Optional<OrgChart> units(Subject subject, Body body, ReportOptions options) {
		return charts.units(body, subject.view().solutions(), options.language(), DocsPages.of(subject));
	}

	/**
	 * A chart as SVG for a page that embeds it: the links from its boxes written relative to that page.
	 *
	 * @param folder the embedding page's folder relative to the output folder, e.g. {@code docs/cordoba/bodies/}
	 */
	public String svg(OrgChart chart, String folder) {
		return svg.render(chart, id -> null, relativeTo(folder));
	}

	/** A link from a file in {@code folder} to a path, both relative to the output folder. */
	static Function<String, String> relativeTo(String folder) {
		String[] from = folder.split("/");
		return page -> {
			String[] to = page.split("/");
			int common = 0;
			while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
				common++;
			}
			return "../".repeat(from.length - common) + String.join("/", Arrays.copyOfRange(to, common, to.length));
		};
	}

	private void write(Artifacts artifacts, String base, OrgChart chart, Function<String, String> links) {
		artifacts.add(base + ".svg", svg.render(chart, id -> null, links));
		artifacts.add(base + ".dot", DiagramText.dot(chart));
		artifacts.add(base + ".puml", DiagramText.plantUml(chart));
		artifacts.add(base + ".mmd", DiagramText.mermaid(chart));
	}
}
