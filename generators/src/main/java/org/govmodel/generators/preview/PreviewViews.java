package org.govmodel.generators.preview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.scoring.AssessmentHistory;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.DocsPages;
import org.govmodel.generators.diagrams.OrgChartBuilder;
import org.govmodel.generators.scorecards.RadarSvg;
import org.govmodel.generators.scorecards.ScorecardText;
import org.govmodel.generators.scorecards.TrendSvg;

import com.google.inject.Inject;

/**
 * What an editor shows beside a model file: the governance diagram of the
 * jurisdiction the file belongs to (with the internal structure of its
 * operational bodies), and the radar and trend of each framework the file's
 * assessments score, each with its caption, in one language. The pictures are
 * rendered by the same classes, with the same arguments, as
 * {@code govmodel generate} in that language, so the preview and the reports
 * never disagree; the captions come from the {@code preview} bundle.
 */
public class PreviewViews {

	/** The bundle of the captions: {@code preview.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.generators.i18n.preview";

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

	/** The views of a model file, drawn and captioned in a language. */
	public List<PreviewView> of(Model model, Language language) {
		Messages captions = Messages.load(BUNDLE, PreviewViews.class, language);
		List<PreviewView> result = new ArrayList<>();
		GovernanceView view = views.viewOf(model);
		Optional<String> subject = view.subject().map(Jurisdiction::getTitle).filter(title -> title != null);
		String subjectId = view.subject().map(Jurisdiction::getName).orElse("model");
		if (!view.bodies().isEmpty()) {
			String caption = subject.map(title -> captions.text("governance", "jurisdiction", title)).orElseGet(() -> captions.text("governance.untitled"));
			// no links: the preview has no site beside it (generate without a site writes none either)
			result.add(new PreviewView(DIAGRAM + "/" + subjectId, caption, DIAGRAM, diagrams.render(charts.governance(view, language, DocsPages.NONE))));
			for (Body body : view.bodiesOfTier(Tier.OPERATIONAL)) {
				charts.units(body, view.solutions(), language, DocsPages.NONE).ifPresent(chart -> result.add(new PreviewView(DIAGRAM + "/" + subjectId + "/" + body.getName(),
						captions.text("units", "body", body.getTitle() == null ? body.getName() : body.getTitle()), DIAGRAM, diagrams.render(chart))));
			}
		}
		// the charts exactly as `govmodel generate` writes them, headed by the jurisdiction
		ScorecardText text = texts.of(language);
		Set<Framework> frameworks = new LinkedHashSet<>();
		for (Assessment assessment : model.getElements().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList()) {
			Framework framework = assessment.getFramework();
			if (framework == null || framework.eIsProxy() || framework.getScale() == null || !frameworks.add(framework)) {
				continue;
			}
			List<AssessmentScore> series = history.of(assessment);
			String id = subjectId + "/" + names.getFullyQualifiedName(framework);
			String title = text.framework(framework);
			result.add(new PreviewView(RADAR + "/" + id, caption(captions, "radar", title, subject), RADAR, radar.render(framework, series, subject.orElse(""), text)));
			if (series.size() > 1) {
				result.add(new PreviewView(TREND + "/" + id, caption(captions, "trend", title, subject), TREND, trend.render(framework, series, subject.orElse(""), text)));
			}
		}
		return result;
	}

	/** A chart's caption: {@code <key>} with the jurisdiction, {@code <key>.untitled} without one. */
	private static String caption(Messages captions, String key, String framework, Optional<String> subject) {
		return subject.map(title -> captions.text(key, "framework", framework, "jurisdiction", title))
				.orElseGet(() -> captions.text(key + ".untitled", "framework", framework));
	}
}
