package org.govmodel.generators.docs;

import static org.govmodel.generators.docs.Inline.text;

import java.util.ArrayList;
import java.util.List;

import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Autonomy;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.util.Stated;

/**
 * A body's page: what it is, where it sits, its authorities, boards, units (with their diagram),
 * autonomy, the solutions it runs and uses and the public services it provides. Only what the
 * model states is shown: a fact the model leaves out is left out, not shown empty.
 */
final class BodyPage {

	/** From a body page to the top of the site. */
	private static final String UP = "../";

	private final JurisdictionSite site;
	private final SiteText words;
	private final BodyRelations relations;

	BodyPage(JurisdictionSite site) {
		this.site = site;
		this.words = site.words;
		this.relations = new BodyRelations(site.view);
	}

	Page page(Body body) {
		Page page = site.page();
		page.heading(1, body.getTitle());
		page.bullets(facts(body));
		page.paragraph(text(words.description(body)));
		authorities(page, body);
		for (Board board : body.getBoards()) {
			page.heading(2, board.getTitle() != null ? board.getTitle() : words.capitalized(words.word(board.getKind())));
			List<Inline> facts = new ArrayList<>();
			facts.add(board.getChair() == null ? text(words.get("board.noChair")) : words.phrase("body.chair", "party", site.partyLink(board.getChair(), UP)));
			if (!board.getMembers().isEmpty()) {
				facts.add(words.phrase("body.members", "parties", site.parties(board.getMembers(), UP)));
			}
			if (!board.getEstablishedBy().isEmpty()) {
				facts.add(words.phrase("body.establishedBy", "instruments", words.listed(board.getEstablishedBy().stream().map(i -> site.instrumentLink(i, UP)).toList())));
			}
			page.bullets(facts);
			page.paragraph(text(words.description(board)));
		}
		units(page, body);
		autonomy(page, body.getAutonomy());
		List<Solution> owned = relations.runs(body);
		if (!owned.isEmpty()) {
			page.heading(2, words.get("body.runs"));
			page.bullets(owned.stream().map(s -> site.solutionLink(s, UP)).toList());
		}
		List<Inline> services = relations.provides(body).stream()
				.map(p -> text(words.get("service.inSector", "service", p.service().getTitle(), "sector", p.sector().getTitle()))).toList();
		if (!services.isEmpty()) {
			page.heading(2, words.get("body.services"));
			page.bullets(services);
		}
		site.findings(page, body);
		return page;
	}

	private List<Inline> facts(Body body) {
		List<Inline> facts = new ArrayList<>();
		facts.add(text(words.get("body.form", "form", site.formOf(body))));
		if (Stated.isStated(body, GovModelPackage.Literals.BODY__SECTOR)) {
			facts.add(text(words.get("body.sector", "sector", words.word(body.getSector()))));
		}
		if (!body.getTiers().isEmpty()) {
			facts.add(text(words.get("body.tiers", "count", body.getTiers().size(), "tiers", words.words(body.getTiers()))));
		}
		if (body.getPortfolio() != null && !body.getPortfolio().eIsProxy()) {
			facts.add(text(words.get("body.portfolio", "portfolio", words.title(body.getPortfolio()))));
		}
		if (body.getHost() != null) {
			facts.add(words.phrase("body.within", "party", site.partyLink(body.getHost(), UP)));
		}
		if (body.getChair() != null) {
			facts.add(words.phrase("body.chair", "party", site.partyLink(body.getChair(), UP)));
		}
		if (!body.getMembers().isEmpty()) {
			facts.add(words.phrase("body.members", "parties", site.parties(body.getMembers(), UP)));
		}
		if (body.getReportsTo() != null) {
			facts.add(words.phrase("body.reportsTo", "party", site.partyLink(body.getReportsTo(), UP)));
		}
		if (body.getUnder() != null) {
			facts.add(words.phrase("body.under", "party", site.partyLink(body.getUnder(), UP)));
		}
		List<Body> oversees = relations.oversees(body);
		if (!oversees.isEmpty()) {
			facts.add(words.phrase("body.oversees", "bodies", words.listed(oversees.stream().map(b -> site.bodyLink(b, UP)).toList())));
		}
		if (!body.getEstablishedBy().isEmpty()) {
			facts.add(words.phrase("body.establishedBy", "instruments", words.listed(body.getEstablishedBy().stream().map(i -> site.instrumentLink(i, UP)).toList())));
		}
		if (!body.getCharacteristics().isEmpty()) {
			facts.add(text(words.get("body.characteristics", "items", words.words(body.getCharacteristics()))));
		}
		if (!body.getPowers().isEmpty()) {
			facts.add(text(words.get("body.powers", "items", words.words(body.getPowers()))));
		}
		if (!body.getCoreAreas().isEmpty()) {
			facts.add(text(words.get("body.coreAreas", "items", words.words(body.getCoreAreas()))));
		}
		if (!body.getUses().isEmpty()) {
			facts.add(words.phrase("body.uses", "solutions", words.listed(body.getUses().stream().map(s -> site.solutionLink(s, UP)).toList())));
		}
		return facts;
	}

	/** Each authority with the facts the model states about it, none shown empty. */
	private void authorities(Page page, Body body) {
		if (body.getAuthorities().isEmpty()) {
			return;
		}
		page.heading(2, words.get("body.authorities"));
		List<Page.Entry> entries = new ArrayList<>();
		for (Authority a : body.getAuthorities()) {
			List<Inline> details = new ArrayList<>();
			if (Stated.isStated(a, GovModelPackage.Literals.AUTHORITY__RANK)) {
				details.add(text(words.get("authority.rank", "rank", words.word(a.getRank()))));
			}
			if (a.getAnswersTo() != null) {
				details.add(words.phrase("authority.answersTo", "party", site.partyLink(a.getAnswersTo(), UP)));
			}
			if (a.getHolder() != null) {
				details.add(text(words.get("authority.holder", "holder", a.getHolder())));
			}
			if (Stated.isStated(a, GovModelPackage.Literals.AUTHORITY__APPOINTMENT)) {
				details.add(text(words.get("authority.appointment", "appointment", words.word(a.getAppointment()))));
			}
			if (a.getTerm() > 0) {
				details.add(text(words.get("authority.term", "years", a.getTerm())));
			}
			Inline authority = Inline.strong(text(words.get("authority.short", "role", words.word(a.getRole()), "title", a.getTitle())));
			entries.add(new Page.Entry(authority, details.stream().map(detail -> new Page.Entry(detail, List.of())).toList()));
		}
		page.outline(entries);
	}

	private void units(Page page, Body body) {
		if (body.getUnits().isEmpty()) {
			return;
		}
		page.heading(2, words.get("body.units"));
		site.context.others().unitsDiagram(site.subject, body)
				.ifPresent(diagram -> site.diagram(page, UP + JurisdictionSite.ROOT_FROM_TOP + diagram, words.get("body.units.alt", "body", body.getTitle())));
		page.outline(units(body.getUnits()));
	}

	/** The units with what the model states of each, the units within a unit under it. */
	private List<Page.Entry> units(List<Unit> units) {
		List<Page.Entry> entries = new ArrayList<>();
		for (Unit unit : units) {
			List<String> facts = new ArrayList<>();
			if (!unit.getTiers().isEmpty()) {
				facts.add(words.get("unit.serves", "tiers", words.words(unit.getTiers())));
			}
			unit.getAuthorities().forEach(a -> facts.add(words.get("authority.short", "role", words.word(a.getRole()), "title", a.getTitle())));
			String line = facts.isEmpty() ? unit.getTitle() : words.get("unit.withFacts", "unit", unit.getTitle(), "facts", words.list(facts));
			entries.add(new Page.Entry(text(line), units(unit.getUnits())));
		}
		return entries;
	}

	/** The autonomy the model states: one line per aspect stated, none for an aspect left out. */
	private void autonomy(Page page, Autonomy autonomy) {
		if (autonomy == null) {
			return;
		}
		List<Inline> facts = new ArrayList<>();
		if (Stated.isStated(autonomy, GovModelPackage.Literals.AUTONOMY__INDEPENDENCE)) {
			facts.add(text(words.get("autonomy.independence", "degree", words.word(autonomy.getIndependence()))));
		}
		if (Stated.isStated(autonomy, GovModelPackage.Literals.AUTONOMY__APPOINTMENT)) {
			String appointment = words.word(autonomy.getAppointment());
			facts.add(text(autonomy.getAppointmentTerm() > 0 ? words.get("autonomy.appointmentTerm", "appointment", appointment, "years", autonomy.getAppointmentTerm())
					: words.get("autonomy.appointment", "appointment", appointment)));
		}
		if (Stated.isStated(autonomy, GovModelPackage.Literals.AUTONOMY__BUDGET)) {
			String budget = words.word(autonomy.getBudget());
			facts.add(text(autonomy.isProtected() ? words.get("autonomy.budgetProtected", "budget", budget) : words.get("autonomy.budget", "budget", budget)));
		}
		if (!autonomy.getTransparency().isEmpty()) {
			facts.add(text(words.get("autonomy.transparency", "items", words.words(autonomy.getTransparency()))));
		}
		page.heading(2, words.get("body.autonomy"));
		page.bullets(facts.isEmpty() ? List.of(text(words.get("autonomy.none"))) : facts);
	}
}
