package org.govmodel.generators.diagrams;

import static org.govmodel.generators.Artifacts.fileName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.generators.Artifacts;

import com.google.inject.Inject;

/**
 * The governance diagrams of each jurisdiction under {@code diagrams/}: the
 * structure of Diagram IV.1 and, per operational body with units, its internal
 * structure (Diagram IV.2); each as SVG (laid out with ELK) and as DOT,
 * PlantUML and Mermaid text.
 */
public class DiagramGenerator {

	public static final String FOLDER = "diagrams/";

	@Inject
	private GovernanceViews views;

	@Inject
	private OrgChartBuilder charts;

	@Inject
	private DiagramSvg svg;

	public void generate(List<Model> models, Artifacts artifacts) {
		Map<String, GovernanceView> byJurisdiction = new LinkedHashMap<>();
		for (Model model : models) {
			GovernanceView view = views.viewOf(model);
			String name = view.subject().map(Jurisdiction::getName).orElse(model.eResource().getURI().trimFileExtension().lastSegment());
			byJurisdiction.putIfAbsent(name, view);
		}
		byJurisdiction.forEach((name, view) -> {
			if (view.bodies().isEmpty()) {
				return;
			}
			write(artifacts, fileName(name) + "-governance", charts.governance(view));
			for (Body body : view.bodiesOfTier(Tier.OPERATIONAL)) {
				charts.units(body).ifPresent(chart -> write(artifacts, fileName(name) + "-units-" + fileName(body.getName()), chart));
			}
		});
	}

	private void write(Artifacts artifacts, String base, OrgChart chart) {
		artifacts.add(FOLDER + base + ".svg", svg.render(chart));
		artifacts.add(FOLDER + base + ".dot", DiagramText.dot(chart));
		artifacts.add(FOLDER + base + ".puml", DiagramText.plantUml(chart));
		artifacts.add(FOLDER + base + ".mmd", DiagramText.mermaid(chart));
	}
}
