package org.govmodel.generators.docs;

import static org.govmodel.generators.docs.Inline.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.ReportOptions.Audience;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.scorecards.ScorecardGenerator;

import com.google.inject.Inject;

/**
 * The documentation site: a home page at the root of the output folder ({@code index.html})
 * that lists every jurisdiction with its documentation, diagrams, scorecards, radars and trends,
 * and under {@code docs/<jurisdiction>/} an overview with the three tiers, a page per body, the
 * solutions catalogue with its prerequisite matrix, sectors and their public services, the legal
 * instruments, the project pipeline with its indicators, and the incentives and penalties; every
 * page in Markdown and in HTML, in the readers' language. The review audience also sees the
 * findings of validation on the pages they concern, with file and line.
 *
 * <p>Run after the other outputs, so that pages link only to files this run wrote.
 */
public class DocsGenerator {

	public static final String FOLDER = "docs/";
	/** The home of the whole run's reports, at the root of the output folder. */
	public static final String HOME = "index.html";

	@Inject
	private ReportSubjects subjects;

	@Inject
	private DiagramGenerator diagramGenerator;

	@Inject
	private ScorecardGenerator scorecardGenerator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private LocalizedTitles titles;

	@Inject
	private GovernanceViews views;

	/**
	 * @param diagnostics the findings of validation (warnings, infos), shown to the review audience
	 * @param artifacts   the other reports of this run (linked from the site), to which the site is added
	 */
	public void generate(List<Model> models, List<ModelDiagnostic> diagnostics, ReportOptions options, Artifacts artifacts) {
		List<Subject> all = subjects.of(models);
		OtherReports others = new OtherReports(artifacts::contains, diagramGenerator.files(all), scorecardGenerator.htmlScorecards(models), names);
		Map<EObject, List<ModelDiagnostic>> findings = options.audience() == Audience.REVIEW ? findingsByElement(models, diagnostics) : Map.of();
		SiteText words = new SiteText(options.language(), titles);
		Map<GovernanceView, Map<EObject, List<ModelDiagnostic>>> findingsByView = new HashMap<>();
		findings.forEach((element, found) -> findingsByView.computeIfAbsent(views.viewOf(element), view -> new LinkedHashMap<>()).put(element, found));
		// the subjects' sites are independent of each other: written on every core
		all.parallelStream().forEach(subject -> new JurisdictionSite(subject,
				new SiteContext(words, names, findingsByView.getOrDefault(subject.view(), Map.of()), new HashSet<>(), others), artifacts).write());
		new HomePage(words, others).write(all, artifacts);
	}

	/**
	 * The findings by the element that holds them at the top of its file (a body, a solution, an assessment…),
	 * a finding on no element by its file's model.
	 */
	private static Map<EObject, List<ModelDiagnostic>> findingsByElement(List<Model> models, List<ModelDiagnostic> diagnostics) {
		Map<EObject, List<ModelDiagnostic>> result = new LinkedHashMap<>();
		if (models.isEmpty()) {
			return result;
		}
		ResourceSet resourceSet = models.get(0).eResource().getResourceSet();
		for (ModelDiagnostic diagnostic : diagnostics) {
			if (diagnostic.isError()) {
				continue;
			}
			EObject top = diagnostic.element() == null ? null : resourceSet.getEObject(URI.createURI(diagnostic.element()), false);
			while (top != null && !(top instanceof Model) && !(top.eContainer() instanceof Model)) {
				top = top.eContainer();
			}
			if (top == null) {
				top = modelOf(models, diagnostic.path());
			}
			if (top != null) {
				result.computeIfAbsent(top, k -> new ArrayList<>()).add(diagnostic);
			}
		}
		return result;
	}

	private static Model modelOf(List<Model> models, String path) {
		for (Model model : models) {
			URI uri = model.eResource().getURI();
			if (uri.isFile() && Path.of(uri.toFileString()).toAbsolutePath().normalize().equals(Path.of(path).toAbsolutePath().normalize())) {
				return model;
			}
		}
		return null;
	}

	/**
	 * What every page of a subject shares: words (descriptions among them), names, the findings on the subject's
	 * elements and those some page has shown, the other reports.
	 */
	record SiteContext(SiteText words, IQualifiedNameProvider names,
			Map<EObject, List<ModelDiagnostic>> findings, Set<EObject> shown, OtherReports others) {

		/** The review audience's findings on an element, as bullets with file and line; they count as shown. */
		List<Inline> findingsOn(EObject element) {
			shown.add(element);
			return findings.getOrDefault(element, List.of()).stream().map(this::finding).toList();
		}

		/** The findings no page has shown (on an assessment, a framework, a file as a whole), in the files' order. */
		List<Inline> findingsNotShown() {
			return findings.entrySet().stream().filter(e -> !shown.contains(e.getKey())).flatMap(e -> e.getValue().stream()).sorted(ModelDiagnostic.BY_LOCATION)
					.map(this::finding).toList();
		}

		private Inline finding(ModelDiagnostic d) {
			// the file name only: the same model gives the same pages from whatever folder it is generated
			return text(words.get("finding", "severity", words.get("finding.severity." + d.severityName()), "rule", d.ruleId(), "message", d.message(),
					"file", Path.of(d.path()).getFileName().toString(), "line", String.valueOf(d.line())));
		}
	}
}
