package org.govmodel.generators.docs;

import static org.govmodel.generators.docs.Inline.link;
import static org.govmodel.generators.docs.Inline.text;

import java.util.ArrayList;
import java.util.List;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.docs.OtherReports.UnitsDiagram;

/**
 * The home of a run's reports, {@code index.html} at the root of the output folder: each
 * jurisdiction (or model file without one) with its documentation site, diagrams, scorecards per
 * framework and year, radars and trends; then what covers all of them (the scorecard index, the
 * scores as CSV, the model as JSON). It links only to files this run wrote.
 */
final class HomePage {

	private final SiteText words;
	private final OtherReports others;

	HomePage(SiteText words, OtherReports others) {
		this.words = words;
		this.others = others;
	}

	private List<Framework> frameworks(Subject subject) {
		List<Framework> frameworks = new ArrayList<>();
		others.scorecards(subject).stream().map(s -> s.assessment().getFramework()).filter(f -> !frameworks.contains(f)).forEach(frameworks::add);
		return frameworks;
	}

	void write(List<Subject> subjects, Artifacts artifacts) {
		Page page = new Page(words.get("table.none"));
		page.heading(1, words.get("home.title"));
		page.paragraph(text(words.get("home.intro", "count", subjects.size())));
		for (Subject subject : subjects) {
			String title = subject.view().subject().map(Jurisdiction::getTitle).orElse(subject.fileName());
			page.heading(2, title);
			List<Inline> items = new ArrayList<>();
			items.add(link(words.get("home.docs"), DocsGenerator.FOLDER + subject.fileName() + "/index.md"));
			List<Inline> diagrams = new ArrayList<>();
			others.governanceDiagram(subject).ifPresent(d -> diagrams.add(link(words.get("home.governanceDiagram"), d)));
			for (UnitsDiagram units : others.unitsDiagrams(subject)) {
				diagrams.add(link(words.get("home.unitsDiagram", "body", units.body().getTitle()), units.path()));
			}
			if (!diagrams.isEmpty()) {
				items.add(words.phrase("home.diagrams", "diagrams", Inline.join(diagrams, " · ")));
			}
			for (Framework framework : frameworks(subject)) {
				List<Inline> links = new ArrayList<>();
				others.scorecards(subject).stream().filter(s -> s.assessment().getFramework() == framework)
						.forEach(s -> links.add(link(String.valueOf(s.assessment().getYear()), s.path())));
				others.series(subject).stream().filter(s -> s.framework() == framework).forEach(series -> {
					links.add(link(words.get("home.radar"), series.radar()));
					series.trend().ifPresent(trend -> links.add(link(words.get("home.trend"), trend)));
				});
				items.add(words.phrase("home.framework", "framework", text(words.title(framework)), "links", Inline.join(links, " · ")));
			}
			page.bullets(items);
		}
		List<Inline> all = new ArrayList<>();
		others.scorecardIndex().ifPresent(index -> all.add(link(words.get("home.scorecardIndex"), index)));
		others.scoresCsv().ifPresent(csv -> all.add(link(words.get("home.scoresCsv"), csv)));
		others.modelJson().ifPresent(json -> all.add(link(words.get("home.modelJson"), json)));
		if (!all.isEmpty()) {
			page.heading(2, words.get("home.all"));
			page.bullets(all);
		}
		artifacts.add(DocsGenerator.HOME, HtmlSite.page(page, HtmlSite.navigation(Inline.EMPTY), words.language(), null));
	}
}
