package org.govmodel.generators.docs;

import static org.govmodel.dsl.util.Parties.titleOf;
import static org.govmodel.generators.docs.Inline.link;
import static org.govmodel.generators.docs.Inline.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Indicator;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Service;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.util.Stated;

/**
 * The catalogue pages at the top of a subject's site: cross-cutting solutions (with who uses them
 * and the prerequisite matrix), sectors and their public services, legal instruments, the project
 * pipeline (budgets, indicators, timeline) and the incentives and penalties.
 */
final class CataloguePages {

	private final JurisdictionSite site;
	private final SiteText words;

	CataloguePages(JurisdictionSite site) {
		this.site = site;
		this.words = site.words;
	}

	private List<String> headers(String... keys) {
		return List.of(keys).stream().map(key -> words.get("table." + key)).toList();
	}

	// ------------------------------------------------------------ solutions

	Page solutions() {
		Page page = site.page();
		page.heading(1, words.get("solutions.title"));
		List<Solution> solutions = site.view.solutions();
		List<List<Inline>> rows = new ArrayList<>();
		for (Solution s : solutions) {
			rows.add(List.of(text(s.getTitle()), text(kind(s.getKind())), s.getOwner() == null ? Inline.EMPTY : site.partyLink(s.getOwner(), ""), text(status(s)),
					words.listed(s.getLegalBasis().stream().map(i -> site.instrumentLink(i, "")).toList()),
					text(words.list(s.getRequires().stream().map(Solution::getTitle).toList())),
					text(words.list(s.getLayers().stream().map(l -> words.get("solution.layer", "layer", words.word(l.getLayer()), "state", words.word(l.getState()))).toList())),
					words.listed(usersOf(s))));
		}
		page.table(headers("solution", "kind", "owner", "status", "legalBasis", "requires", "layers", "usedBy"), rows);
		if (!solutions.isEmpty()) {
			matrix(page, solutions);
		}
		for (Solution s : solutions) {
			String doc = words.description(s);
			List<Inline> found = site.context.findingsOn(s);
			if (doc != null || !found.isEmpty()) {
				page.heading(2, s.getTitle());
				page.paragraph(text(doc));
				site.findings(page, s);
			}
		}
		return page;
	}

	/** Who uses a solution: bodies, sectors and the public services built on it. */
	private List<Inline> usersOf(Solution solution) {
		List<Inline> users = new ArrayList<>();
		site.view.bodies().stream().filter(b -> b.getUses().contains(solution)).forEach(b -> users.add(site.bodyLink(b, "")));
		for (Sector sector : site.view.sectors()) {
			if (sector.getUses().contains(solution)) {
				users.add(link(words.get("solution.usedBySector", "sector", sector.getTitle()), "sectors.md"));
			}
			for (Service service : sector.getServices()) {
				if (service.getUses().contains(solution)) {
					users.add(link(words.get("solution.usedByService", "service", service.getTitle()), "sectors.md"));
				}
			}
		}
		return users;
	}

	private String status(Solution s) {
		if (!Stated.isStated(s, GovModelPackage.Literals.SOLUTION__STATUS)) {
			return "";
		}
		String status = words.word(s.getStatus());
		return s.getSince() > 0 ? words.get("solution.statusSince", "status", status, "year", String.valueOf(s.getSince())) : status;
	}

	/** Which solution rests on which: rows and columns numbered, so the table stays narrow whatever the titles. */
	private void matrix(Page page, List<Solution> solutions) {
		page.heading(2, words.get("solutions.matrix"));
		page.paragraph(text(words.get("solutions.matrix.key", "requires", words.get("matrix.requires"), "kind", words.get("matrix.kind"))));
		List<String> headers = new ArrayList<>(List.of(words.get("table.solution")));
		for (int i = 1; i <= solutions.size(); i++) {
			headers.add(String.valueOf(i));
		}
		List<List<Inline>> matrix = new ArrayList<>();
		int number = 1;
		for (Solution row : solutions) {
			List<Inline> cells = new ArrayList<>(List.of(text(words.get("matrix.row", "number", String.valueOf(number++), "solution", row.getTitle()))));
			for (Solution column : solutions) {
				boolean requires = row.getRequires().contains(column);
				boolean kindRequires = row.getKind() != null && column.getKind() != null && row.getKind().getRequires().contains(column.getKind());
				cells.add(requires ? text(words.get("matrix.requires")) : kindRequires ? text(words.get("matrix.kind")) : Inline.EMPTY);
			}
			matrix.add(cells);
		}
		page.table(headers, matrix);
	}

	private String kind(SolutionKind kind) {
		return kind == null || kind.eIsProxy() ? "" : words.title(kind);
	}

	// ------------------------------------------------------------ sectors and services

	Page sectors() {
		Page page = site.page();
		page.heading(1, words.get("sectors.title"));
		List<Sector> sectors = site.view.sectors();
		page.table(headers("sector", "institutions", "solutionsUsed", "services"), sectors.stream().map(sector -> List.of(text(sector.getTitle()),
				site.parties(sector.getInstitutions(), ""), words.listed(sector.getUses().stream().map(s -> site.solutionLink(s, "")).toList()),
				text(words.integer(sector.getServices().size())))).toList(), 3);
		page.heading(2, words.get("sectors.services"));
		List<List<Inline>> rows = new ArrayList<>();
		for (Sector sector : sectors) {
			for (Service service : sector.getServices()) {
				rows.add(List.of(text(service.getTitle()), text(sector.getTitle()), service.getProvider() == null ? Inline.EMPTY : site.partyLink(service.getProvider(), ""),
						words.listed(service.getUses().stream().map(s -> site.solutionLink(s, "")).toList()),
						Stated.isStated(service, GovModelPackage.Literals.SERVICE__STATUS) ? text(words.word(service.getStatus())) : Inline.EMPTY));
			}
		}
		page.table(headers("service", "sector", "providedBy", "uses", "status"), rows);
		sectors.forEach(sector -> site.findings(page, sector, words.get("findings.for", "element", sector.getTitle())));
		return page;
	}

	// ------------------------------------------------------------ instruments

	Page instruments() {
		Page page = site.page();
		page.heading(1, words.get("instruments.title"));
		List<List<Inline>> rows = new ArrayList<>();
		for (Instrument i : site.view.instruments()) {
			List<Inline> referencedBy = new ArrayList<>();
			site.view.bodies().stream().filter(b -> b.getEstablishedBy().contains(i)).forEach(b -> referencedBy.add(site.bodyLink(b, "")));
			site.view.solutions().stream().filter(s -> s.getLegalBasis().contains(i)).forEach(s -> referencedBy.add(site.solutionLink(s, "")));
			site.view.levers().stream().filter(l -> l.getLegalBasis().contains(i)).forEach(l -> referencedBy.add(link(l.getTitle(), "levers.md")));
			rows.add(List.of(text(i.getTitle()), text(words.word(i.getKind())), text(i.getNumber()),
					text(i.getYear() > 0 ? String.valueOf(i.getYear()) : words.date(i.getDate())), i.getIssuer() == null ? Inline.EMPTY : site.partyLink(i.getIssuer(), ""),
					text(instrumentStatus(i)), words.listed(referencedBy)));
		}
		page.table(headers("instrument", "kind", "number", "date", "issuedBy", "status", "referencedBy"), rows);
		site.view.instruments().forEach(i -> site.findings(page, i, words.get("findings.for", "element", i.getTitle())));
		return page;
	}

	private String instrumentStatus(Instrument i) {
		if (!i.isRepealed()) {
			return words.get("instrument.inForce");
		}
		String by = i.getRepealedBy() == null || i.getRepealedBy().eIsProxy() ? "" : i.getRepealedBy().getTitle();
		String year = i.getRepealedIn() > 0 ? String.valueOf(i.getRepealedIn()) : "";
		return words.get("instrument.repealed", "by", by.isEmpty() ? "none" : "some", "instrument", by, "when", year.isEmpty() ? "none" : "some", "year", year);
	}

	// ------------------------------------------------------------ projects

	Page projects() {
		Page page = site.page();
		page.heading(1, words.get("projects.title"));
		List<Project> projects = site.view.projects();
		List<List<Inline>> rows = new ArrayList<>();
		Map<String, Total> totalsByOwner = new TreeMap<>();
		Map<String, Total> totalsByDeliverable = new TreeMap<>();
		for (Project p : projects) {
			String deliverable = deliverable(p);
			rows.add(List.of(text(p.getTitle()), p.getOwner() == null ? Inline.EMPTY : site.partyLink(p.getOwner(), ""), text(deliverable),
					p.getBudget() == null ? Inline.EMPTY : text(words.money(p.getBudget(), p.getCurrency())), text(words.date(p.getStart())), text(words.date(p.getEnd())),
					Stated.isStated(p, GovModelPackage.Literals.PROJECT__STATUS) ? text(words.word(p.getStatus())) : Inline.EMPTY));
			if (p.getBudget() != null) {
				String owner = p.getOwner() == null ? "" : titleOf(p.getOwner());
				totalsByOwner.computeIfAbsent(owner + "\u0000" + p.getCurrency(), k -> new Total(owner, p.getCurrency())).add(p.getBudget());
				totalsByDeliverable.computeIfAbsent(deliverable + "\u0000" + p.getCurrency(), k -> new Total(deliverable, p.getCurrency())).add(p.getBudget());
			}
		}
		page.table(headers("project", "owner", "delivers", "budget", "from", "to", "status"), rows, 3);
		indicators(page, projects);
		projects.forEach(p -> site.findings(page, p, words.get("findings.for", "element", p.getTitle())));
		page.heading(2, words.get("projects.budgetByOwner"));
		page.table(headers("owner", "total"), totalsByOwner.values().stream().map(t -> List.of(text(t.name), text(words.money(t.sum, t.currency)))).toList(), 1);
		page.heading(2, words.get("projects.budgetBySolution"));
		page.table(headers("solution", "total"), totalsByDeliverable.values().stream().map(t -> List.of(text(t.name), text(words.money(t.sum, t.currency)))).toList(), 1);
		timeline(page, projects);
		return page;
	}

	private String deliverable(Project p) {
		if (p.getDelivers() instanceof Solution s) {
			return s.getTitle();
		}
		return p.getDelivers() instanceof SolutionKind k ? words.get("project.deliversKind", "kind", words.title(k)) : "";
	}

	private void indicators(Page page, List<Project> projects) {
		List<List<Inline>> rows = new ArrayList<>();
		for (Project p : projects) {
			for (Indicator indicator : p.getIndicators()) {
				String unit = indicator.getUnit() == null ? "" : indicator.getUnit();
				rows.add(List.of(text(p.getTitle()), text(indicator.getTitle()), text(unit),
						indicator.getBaseline() == null ? Inline.EMPTY : text(words.number(indicator.getBaseline())),
						indicator.getTarget() == null ? Inline.EMPTY : text(words.number(indicator.getTarget())),
						indicator.getTargetYear() > 0 ? text(String.valueOf(indicator.getTargetYear())) : Inline.EMPTY));
			}
		}
		if (!rows.isEmpty()) {
			page.heading(2, words.get("projects.indicators"));
			page.table(headers("project", "indicator", "unit", "baseline", "target", "by"), rows, 3, 4, 5);
		}
	}

	private void timeline(Page page, List<Project> projects) {
		record Entry(String date, List<Inline> row) {
		}
		List<Entry> milestones = new ArrayList<>();
		for (Project p : projects) {
			for (Milestone m : p.getMilestones()) {
				milestones.add(new Entry(m.getDate(), List.of(text(words.date(m.getDate())), text(p.getTitle()), text(m.getTitle()),
						text(words.get(m.isDone() ? "milestone.done" : "milestone.pending")))));
			}
		}
		milestones.sort(Comparator.comparing(Entry::date));
		page.heading(2, words.get("projects.timeline"));
		page.table(headers("date", "project", "milestone", "progress"), milestones.stream().map(Entry::row).toList());
	}

	/** A sum of budgets in one currency. */
	private static final class Total {
		final String name;
		final String currency;
		BigDecimal sum = BigDecimal.ZERO;

		Total(String name, String currency) {
			this.name = name;
			this.currency = currency;
		}

		void add(BigDecimal amount) {
			sum = sum.add(amount);
		}
	}

	// ------------------------------------------------------------ levers

	Page levers() {
		Page page = site.page();
		page.heading(1, words.get("levers.title"));
		page.paragraph(text(words.get("levers.intro")));
		page.table(headers("leverKind", "lever", "for", "type", "legalBasis"), site.view.levers().stream().map((Lever l) -> List.of(
				text(words.capitalized(words.word(l.getKind()))), text(l.getTitle()), text(words.word(l.getAudience())),
				Stated.isStated(l, GovModelPackage.Literals.LEVER__TYPE) ? text(words.word(l.getType())) : Inline.EMPTY,
				words.listed(l.getLegalBasis().stream().map(i -> site.instrumentLink(i, "")).toList()))).toList());
		site.view.levers().forEach(l -> site.findings(page, l, words.get("findings.for", "element", l.getTitle())));
		return page;
	}
}
