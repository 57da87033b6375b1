package org.govmodel.generators.diagrams;

import java.util.List;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;

import com.google.inject.Inject;

/**
 * The governance diagrams of each jurisdiction under {@code diagrams/}: the
 * structure of Diagram IV.1 and, per operational body with units, its internal
 * structure (Diagram IV.2); each as SVG (laid out with ELK) and as DOT,
 * PlantUML and Mermaid text. Where they go: {@link DiagramFiles}.
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

	public void generate(List<Model> models, Artifacts artifacts) {
		List<Subject> all = subjects.of(models);
		DiagramFiles files = files(all);
		for (Subject subject : all) {
			files.governance(subject).ifPresent(base -> write(artifacts, base, charts.governance(subject.view())));
			for (Body body : DiagramFiles.unitBodies(subject)) {
				charts.units(body).ifPresent(chart -> write(artifacts, files.units(subject, body).orElseThrow(), chart));
			}
		}
	}

	/** Where the diagrams of these subjects are. */
	public DiagramFiles files(List<Subject> subjects) {
		return new DiagramFiles(subjects, names);
	}

	private void write(Artifacts artifacts, String base, OrgChart chart) {
		artifacts.add(base + ".svg", svg.render(chart));
		artifacts.add(base + ".dot", DiagramText.dot(chart));
		artifacts.add(base + ".puml", DiagramText.plantUml(chart));
		artifacts.add(base + ".mmd", DiagramText.mermaid(chart));
	}
}
