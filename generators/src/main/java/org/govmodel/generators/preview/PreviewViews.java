package org.govmodel.generators.preview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.scoring.AssessmentHistory;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.OrgChartBuilder;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.scorecards.RadarSvg;
import org.govmodel.generators.scorecards.ScorecardText;
import org.govmodel.generators.scorecards.TrendSvg;

import com.google.inject.Inject;

/**
 * What an editor shows beside a model file: the governance diagram of the
 * jurisdiction the file belongs to (with the internal structure of its
 * operational bodies), and the radar and trend of each framework the file's
 * assessments score. The pictures are rendered by the same classes as
 * {@code govmodel generate}, so the preview and the reports never disagree.
 */
public class PreviewViews {

	public static final String DIAGRAM = "diagram";
	public static final String RADAR = "radar";
	public static final String TREND = "trend";

	@Inject
	private GovernanceViews views;

	@Inject
	private OrgChartBuilder charts;

	@Inject
	private DiagramSvg diagrams;

	@Inject
	private AssessmentHistory history;

	@Inject
	private RadarSvg radar;

	@Inject
	private ScorecardText.Factory texts;

	@Inject
	private TrendSvg trend;

	@Inject
	private IQualifiedNameProvider names;

	public List<PreviewView> of(Model model) {
		List<PreviewView> result = new ArrayList<>();
		GovernanceView view = views.viewOf(model);
		String subject = view.subject().map(Jurisdiction::getTitle).orElse("the model");
		String subjectId = view.subject().map(Jurisdiction::getName).orElse("model");
		if (!view.bodies().isEmpty()) {
			result.add(new PreviewView(DIAGRAM + "/" + subjectId, "Governance of " + subject, DIAGRAM, diagrams.render(charts.governance(view))));
			for (Body body : view.bodiesOfTier(Tier.OPERATIONAL)) {
				charts.units(body).ifPresent(chart -> result.add(new PreviewView(DIAGRAM + "/" + subjectId + "/" + body.getName(),
						"Units of " + (body.getTitle() == null ? body.getName() : body.getTitle()), DIAGRAM, diagrams.render(chart))));
			}
		}
		// the charts exactly as `govmodel generate` writes them (in English, headed by the jurisdiction)
		String heading = view.subject().map(Jurisdiction::getTitle).filter(t -> t != null).orElse("");
		ScorecardText english = texts.of(Language.EN);
		Set<Framework> frameworks = new LinkedHashSet<>();
		for (Assessment assessment : model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList()) {
			Framework framework = assessment.getFramework();
			if (framework == null || framework.eIsProxy() || framework.getScale() == null || !frameworks.add(framework)) {
				continue;
			}
			List<AssessmentScore> series = history.of(assessment);
			String id = subjectId + "/" + names.getFullyQualifiedName(framework);
			result.add(new PreviewView(RADAR + "/" + id, framework.getTitle() + ": " + subject, RADAR, radar.render(framework, series, heading, english)));
			if (series.size() > 1) {
				result.add(new PreviewView(TREND + "/" + id, framework.getTitle() + " over the years: " + subject, TREND, trend.render(framework, series, heading, english)));
			}
		}
		return result;
	}
}
