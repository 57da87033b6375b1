package org.govmodel.generators.docs;

import static org.govmodel.dsl.util.Parties.bodyOf;
import static org.govmodel.generators.docs.Inline.link;
import static org.govmodel.generators.docs.Inline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.FrameworkItem;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.util.Stated;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.docs.DocsGenerator.SiteContext;
import org.govmodel.generators.docs.OtherReports.Scorecard;
import org.govmodel.generators.docs.OtherReports.Series;

/**
 * The pages of one subject under {@code docs/<subject>/}: the overview and the tier pages here,
 * the body pages ({@link BodyPage}) and the catalogues ({@link CataloguePages}); and the links
 * between them, which every page builds the same way.
 */
final class JurisdictionSite {

	/** From a page at the top of the site to the output folder's root. */
	static final String ROOT_FROM_TOP = "../../";

	/** The pages that list the bodies of no tier, when there are more than an overview shows: others.md, others-2.md… */
	static final String OTHERS = "others";

	final Subject subject;
	final GovernanceView view;
	final SiteContext context;
	final SiteText words;
	private final Artifacts artifacts;
	/** The navigation bars by the way up to the top of the site: the site's pages are written by one thread. */
	private final Map<String, HtmlSite.Navigation> navigations = new HashMap<>();

	JurisdictionSite(Subject subject, SiteContext context, Artifacts artifacts) {
		this.subject = subject;
		this.view = subject.view();
		this.context = context;
		this.words = context.words();
		this.artifacts = artifacts;
	}

	void write() {
		for (Tier tier : Tier.values()) {
			Paging paging = new Paging(tier.getLiteral(), view.bodiesOfTier(tier).size());
			for (int page = 1; page <= paging.pages(); page++) {
				add("tiers/" + paging.file(page), tier(tier, paging, page));
			}
		}
		List<Body> others = others();
		if (others.size() > Paging.PREVIEW) {
			Paging paging = new Paging(OTHERS, others.size());
			for (int page = 1; page <= paging.pages(); page++) {
				add(paging.file(page), others(others, paging, page));
			}
		}
		BodyPage bodies = new BodyPage(this);
		for (Body body : view.bodies()) {
			String page = "bodies/" + pageOf(body).orElseThrow();
			add(page, bodies.page(body));
			artifacts.describe(html(page), body, "body");
		}
		CataloguePages catalogues = new CataloguePages(this);
		add("solutions.md", catalogues.solutions());
		add("sectors.md", catalogues.sectors());
		add("instruments.md", catalogues.instruments());
		add("projects.md", catalogues.projects());
		add("levers.md", catalogues.levers());
		// last: the overview also shows the findings that no other page has shown
		add("index.md", overview());
	}

	private void add(String path, Page page) {
		String up = path.contains("/") ? "../" : "";
		String base = DocsGenerator.FOLDER + subject.fileName() + "/" + path;
		artifacts.add(base, page.markdown());
		artifacts.add(html(path), HtmlSite.page(page, navigations.computeIfAbsent(up, this::navigation), words.language(), siteTitle()));
		if (!path.startsWith("bodies/")) {
			view.subject().ifPresent(jurisdiction -> artifacts.describe(html(path), jurisdiction, path.substring(0, path.length() - 3) + ".html"));
		}
	}

	/** The navigation bar of the pages {@code up} below the top of the site (the same for all of them). */
	private HtmlSite.Navigation navigation(String up) {
		List<Inline> navigation = new ArrayList<>();
		navigation.add(link(words.get("nav.home"), up + ROOT_FROM_TOP + DocsGenerator.HOME));
		navigation.add(link(words.get("nav.overview"), up + "index.md"));
		for (Tier tier : Tier.values()) {
			navigation.add(link(tierTitle(tier), up + "tiers/" + tier.getLiteral() + ".md"));
		}
		navigation.add(link(words.get("nav.solutions"), up + "solutions.md"));
		navigation.add(link(words.get("nav.sectors"), up + "sectors.md"));
		navigation.add(link(words.get("nav.instruments"), up + "instruments.md"));
		navigation.add(link(words.get("nav.projects"), up + "projects.md"));
		navigation.add(link(words.get("nav.levers"), up + "levers.md"));
		return HtmlSite.navigation(Inline.join(navigation, " · "));
	}

	/** The HTML page of a Markdown page of this site, relative to the output folder. */
	private String html(String path) {
		String base = DocsGenerator.FOLDER + subject.fileName() + "/" + path;
		return base.substring(0, base.length() - 3) + ".html";
	}

	/** The jurisdiction's title, or the file's name for a model without one. */
	String siteTitle() {
		return view.subject().map(Jurisdiction::getTitle).orElse(subject.fileName());
	}

	Page page() {
		return new Page(words.get("table.none"));
	}

	// ------------------------------------------------------------ overview

	private Page overview() {
		Page page = page();
		Optional<Jurisdiction> jurisdiction = view.subject();
		String title = siteTitle();
		page.heading(1, jurisdiction.isPresent() ? words.get("overview.title", "jurisdiction", title) : words.get("overview.title.file", "file", title));
		jurisdiction.ifPresent(j -> {
			List<Inline> facts = new ArrayList<>();
			String level = words.word(j.getLevel());
			List<String> ancestors = ancestors(j);
			facts.add(text(ancestors.isEmpty() ? words.get("overview.level", "level", level)
					: words.get("overview.levelOf", "level", level, "parent", String.join(", ", ancestors))));
			if (Stated.isStated(j, GovModelPackage.Literals.JURISDICTION__STRATEGY)) {
				facts.add(text(words.get("overview.strategy", "approach", words.word(j.getStrategy()))));
			}
			if (!j.getPrinciples().isEmpty()) {
				facts.add(text(words.get("overview.principles", "principles", words.words(j.getPrinciples()))));
			}
			if (j.getAdministrationTerm() > 0) {
				facts.add(text(words.get("overview.term", "years", j.getAdministrationTerm())));
			}
			page.bullets(facts);
			page.paragraph(text(words.description(j)));
		});
		context.others().governanceDiagram(subject).ifPresent(diagram -> diagram(page, ROOT_FROM_TOP + diagram, words.get("overview.diagram.alt", "jurisdiction", title)));
		for (Tier tier : Tier.values()) {
			page.heading(2, tierTitle(tier));
			List<Body> bodies = view.bodiesOfTier(tier);
			List<Inline> items = new ArrayList<>(bodies.isEmpty() ? List.of(text(words.get("overview.tier.none"))) : preview(bodies));
			String more = bodies.size() > Paging.PREVIEW ? words.get("overview.tier.all", "count", bodies.size()) : words.get("overview.tier.more");
			items.add(link(more, "tiers/" + tier.getLiteral() + ".md"));
			page.bullets(items);
		}
		List<Body> others = others();
		if (!others.isEmpty()) {
			page.heading(2, words.get("overview.others"));
			List<Inline> items = new ArrayList<>(preview(others));
			if (others.size() > Paging.PREVIEW) {
				items.add(link(words.get("overview.others.all", "count", others.size()), OTHERS + ".md"));
			}
			page.bullets(items);
		}
		assessments(page);
		jurisdiction.ifPresent(j -> findings(page, j));
		List<Inline> elsewhere = context.findingsNotShown();
		if (!elsewhere.isEmpty()) {
			page.heading(2, words.get("findings.elsewhere"));
			page.bullets(elsewhere);
		}
		page.heading(2, words.get("overview.summary"));
		int services = view.sectors().stream().mapToInt(s -> s.getServices().size()).sum();
		page.bullets(List.of(count("summary.bodies", view.bodies().size(), ""), count("summary.solutions", view.solutions().size(), "solutions.md"),
				count("summary.sectors", view.sectors().size(), "sectors.md"), count("summary.services", services, "sectors.md"),
				count("summary.instruments", view.instruments().size(), "instruments.md"), count("summary.projects", view.projects().size(), "projects.md"),
				count("summary.levers", view.levers().size(), "levers.md"), count("summary.assessments", view.assessments().size(), "")));
		return page;
	}

	/**
	 * The titles of the jurisdictions the subject lies within, nearest first ("Provincia de Córdoba, República
	 * Argentina"): a jurisdiction declared only as a parent's parent has its place in the reports here.
	 */
	private static List<String> ancestors(Jurisdiction jurisdiction) {
		List<String> titles = new ArrayList<>();
		Set<Jurisdiction> seen = new HashSet<>(List.of(jurisdiction));
		for (Jurisdiction parent = jurisdiction.getParent(); parent != null && !parent.eIsProxy() && seen.add(parent); parent = parent.getParent()) {
			titles.add(parent.getTitle());
		}
		return titles;
	}

	private Inline count(String key, int count, String target) {
		String phrase = words.get(key, "count", count);
		return target.isEmpty() || count == 0 ? text(phrase) : link(phrase, target);
	}

	/** The subject's scorecards, radars and trends, which this run wrote beside the site. */
	private void assessments(Page page) {
		List<Scorecard> scorecards = context.others().scorecards(subject);
		List<Series> series = context.others().series(subject);
		if (scorecards.isEmpty() && series.isEmpty()) {
			return;
		}
		page.heading(2, words.get("overview.assessments"));
		List<Inline> items = new ArrayList<>();
		for (Scorecard scorecard : scorecards) {
			items.add(link(words.get("scorecard.link", "framework", words.title(scorecard.assessment().getFramework()), "year",
					String.valueOf(scorecard.assessment().getYear())), ROOT_FROM_TOP + scorecard.path()));
		}
		for (Series s : series) {
			String framework = words.title(s.framework());
			items.add(link(words.get("series.radar", "framework", framework), ROOT_FROM_TOP + s.radar()));
			s.trend().ifPresent(trend -> items.add(link(words.get("series.trend", "framework", framework), ROOT_FROM_TOP + trend)));
		}
		page.bullets(items);
	}

	/** A diagram shown at full size in a scrolling frame, linked to the SVG itself, with a link to open it alone. */
	void diagram(Page page, String path, String description) {
		page.paragraph(link(Inline.image(description, path), path));
		page.paragraph(link(words.get("diagram.open"), path));
	}

	// ------------------------------------------------------------ tiers

	String tierTitle(Tier tier) {
		return view.definitionOf(tier).map(words::title).filter(t -> !t.isEmpty()).orElse(words.capitalized(words.word(tier)));
	}

	/** The bodies an overview lists before it links to all of them: the first {@value Paging#PREVIEW}. */
	private List<Inline> preview(List<Body> bodies) {
		return bodies.stream().limit(Paging.PREVIEW).map(b -> bodyLink(b, "")).toList();
	}

	/** The bodies that hold no tier, listed on the overview and, when they are many, on their own pages. */
	private List<Body> others() {
		return view.bodies().stream().filter(b -> b.getTiers().isEmpty()).toList();
	}

	private Page tier(Tier tier, Paging paging, int number) {
		Page page = page();
		page.heading(1, tierTitle(tier));
		view.definitionOf(tier).ifPresent(definition -> {
			page.paragraph(text(words.description(definition)));
			measuredBy(definition).ifPresent(page::paragraph);
		});
		List<Body> bodies = view.bodiesOfTier(tier);
		if (bodies.isEmpty()) {
			page.paragraph(text(words.get("tier.none")));
			return page;
		}
		bodyTable(page, paging.items(bodies, number), paging.navigation(number, words), "../");
		return page;
	}

	private Page others(List<Body> others, Paging paging, int number) {
		Page page = page();
		page.heading(1, words.get("overview.others"));
		bodyTable(page, paging.items(others, number), paging.navigation(number, words), "");
		return page;
	}

	/** One page of a list of bodies: the table between the navigation of the list's pages. */
	private void bodyTable(Page page, List<Body> bodies, Inline navigation, String up) {
		if (!navigation.isEmpty()) {
			page.paragraph(navigation);
		}
		List<List<Inline>> rows = new ArrayList<>();
		for (Body body : bodies) {
			rows.add(List.of(bodyLink(body, up), text(words.capitalized(formOf(body))),
					text(words.list(body.getAuthorities().stream().map(a -> words.get("authority.short", "role", words.word(a.getRole()), "title", a.getTitle())).toList())),
					words.listed(body.getEstablishedBy().stream().map(i -> instrumentLink(i, up)).toList()),
					body.getReportsTo() == null ? Inline.EMPTY : partyLink(body.getReportsTo(), up)));
		}
		page.table(List.of(words.get("table.body"), words.get("table.form"), words.get("table.authorities"), words.get("table.establishedBy"),
				words.get("table.reportsTo")), rows);
		if (!navigation.isEmpty()) {
			page.paragraph(navigation);
		}
	}

	/** "institution (agency)": the body's form, and its type when the model states one. */
	String formOf(Body body) {
		String form = words.word(body.getForm());
		return Stated.isStated(body, GovModelPackage.Literals.BODY__TYPE) ? words.get("body.formAndType", "form", form, "type", words.word(body.getType())) : form;
	}

	private Optional<Inline> measuredBy(TierDefinition definition) {
		FrameworkItem item = definition.getMeasuredBy();
		if (item == null || item.eIsProxy()) {
			return Optional.empty();
		}
		return Optional.of(text(words.get("tier.measuredBy", "code", item.getName(), "title", words.title(item))));
	}

	// ------------------------------------------------------------ links and findings, shared by the pages

	/** The body's page file under bodies/, or empty when the body is not part of this site. */
	Optional<String> pageOf(Body body) {
		return subject.bodyPages().stemOf(body).map(stem -> stem + ".md");
	}

	/** A link to a body's page; {@code up} leads from the linking page to the top of the site ("" or "../"). */
	Inline bodyLink(Body body, String up) {
		return pageOf(body).map(page -> link(body.getTitle(), up + "bodies/" + page)).orElse(text(body.getTitle()));
	}

	/** A party by its own title (an authority's or a unit's, not repeating its body's), linked to its body's page. */
	Inline partyLink(Party party, String up) {
		if (party == null || party.eIsProxy()) {
			return Inline.EMPTY;
		}
		String title = party instanceof Body b ? b.getTitle() : party instanceof Unit u ? u.getTitle() : ((Authority) party).getTitle();
		return pageOf(bodyOf(party)).map(page -> link(title, up + "bodies/" + page)).orElse(text(title));
	}

	Inline parties(List<? extends Party> parties, String up) {
		return words.listed(parties.stream().map(p -> partyLink(p, up)).toList());
	}

	Inline instrumentLink(Instrument instrument, String up) {
		return instrument.eIsProxy() ? Inline.EMPTY : link(instrument.getTitle(), up + "instruments.md");
	}

	Inline solutionLink(Solution solution, String up) {
		return solution.eIsProxy() ? Inline.EMPTY : link(solution.getTitle(), up + "solutions.md");
	}

	/** The review audience's findings on an element, under a heading; nothing for the public. */
	void findings(Page page, EObject element) {
		findings(page, element, words.get("findings"));
	}

	void findings(Page page, EObject element, String heading) {
		List<Inline> found = context.findingsOn(element);
		if (!found.isEmpty()) {
			page.heading(2, heading);
			page.bullets(found);
		}
	}
}
