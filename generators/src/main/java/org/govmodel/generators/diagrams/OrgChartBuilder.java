package org.govmodel.generators.diagrams;

import static org.govmodel.dsl.util.Parties.bodyOf;
import static org.govmodel.dsl.util.Parties.titleOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.SocietySector;
import org.govmodel.dsl.govModel.Status;
import org.govmodel.dsl.util.Stated;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.generators.diagrams.OrgChart.Layer;

import com.google.inject.Inject;

/**
 * Builds the governance diagram of one jurisdiction after the guide's Diagram
 * IV.1 (strategic group and its members; the directive institution with the
 * CIO; the operational institution with the CTO and its board; the solutions
 * it runs; the institutions and sectors that use them) and, for an operational
 * agency with units, its internal structure (Diagram IV.2).
 */
public class OrgChartBuilder {

	@Inject
	private IQualifiedNameProvider names;

	public OrgChart governance(GovernanceView view) {
		String title = view.subject().map(Jurisdiction::getTitle).orElse("Governance") + ": governance of digital transformation";
		OrgChart.Builder chart = new OrgChart.Builder(title);
		for (Body body : view.bodiesOfTier(Tier.STRATEGIC)) {
			chart.node(id(chart, body), labelOf(body), notes(body), Layer.STRATEGIC);
			for (Party member : body.getMembers()) {
				Body memberBody = bodyOf(member);
				if (memberBody != null && !memberBody.getTiers().contains(Tier.STRATEGIC)) {
					chart.node(id(chart, memberBody), labelOf(memberBody), notes(memberBody), layerOf(memberBody, Layer.MEMBERS));
					chart.edge(id(chart, memberBody), id(chart, body), body.getChair() != null && bodyOf(body.getChair()) == memberBody ? "chairs" : "member");
				}
			}
		}
		for (Body body : view.bodiesOfTier(Tier.DIRECTIVE)) {
			chart.node(id(chart, body), labelOf(body), notes(body), Layer.DIRECTIVE);
			line(chart, body, body.getReportsTo(), "reports to");
		}
		for (Body body : view.bodiesOfTier(Tier.OPERATIONAL)) {
			chart.node(id(chart, body), labelOf(body), notes(body), body.getTiers().contains(Tier.DIRECTIVE) ? Layer.DIRECTIVE : Layer.OPERATIONAL);
			line(chart, body, body.getUnder(), "under");
			if (body.getUnder() == null || bodyOf(body.getUnder()) != bodyOf(body.getReportsTo())) {
				line(chart, body, body.getReportsTo(), "reports to");
			}
		}
		for (Solution solution : view.solutions()) {
			List<String> notes = new ArrayList<>();
			notes.add(solution.getKind() == null || solution.getKind().eIsProxy() ? "" : labelOf(solution.getKind()));
			Status status = Stated.value(solution, GovModelPackage.Literals.SOLUTION__STATUS);
			if (status != null) {
				notes.add(status.getLiteral() + (solution.getSince() > 0 ? " since " + solution.getSince() : ""));
			}
			chart.node(id(chart, solution), labelOf(solution), notes, Layer.SOLUTIONS);
			Body owner = bodyOf(solution.getOwner());
			if (owner != null) {
				chart.node(id(chart, owner), labelOf(owner), notes(owner), layerOf(owner, Layer.OPERATIONAL));
				chart.edge(id(chart, owner), id(chart, solution), solution.getOwner() instanceof Unit unit ? "owns (" + labelOf(unit) + ")" : "owns");
			}
		}
		for (Body body : view.bodies()) {
			for (Solution used : body.getUses()) {
				if (chart.has(id(chart, used))) {
					chart.node(id(chart, body), labelOf(body), notes(body), layerOf(body, Layer.USERS));
					chart.edge(id(chart, used), id(chart, body), "used by");
				}
			}
		}
		for (Sector sector : view.sectors()) {
			for (Solution used : sector.getUses()) {
				if (chart.has(id(chart, used))) {
					chart.node(id(chart, sector), labelOf(sector), List.of("sector"), Layer.USERS);
					chart.edge(id(chart, used), id(chart, sector), "used by");
				}
			}
		}
		return chart.build();
	}

	/** The internal units of a body (Diagram IV.2), or empty when it declares none. */
	public Optional<OrgChart> units(Body body) {
		if (body.getUnits().isEmpty()) {
			return Optional.empty();
		}
		OrgChart.Builder chart = new OrgChart.Builder(labelOf(body) + ": internal structure");
		chart.node(id(chart, body), labelOf(body), notes(body), Layer.OPERATIONAL);
		addUnits(chart, body, body.getUnits());
		return Optional.of(chart.build());
	}

	private void addUnits(OrgChart.Builder chart, EObject parent, List<Unit> units) {
		for (Unit unit : units) {
			List<String> notes = new ArrayList<>();
			unit.getAuthorities().forEach(a -> notes.add(authority(a)));
			if (!unit.getTiers().isEmpty()) {
				notes.add("serves " + String.join(", ", unit.getTiers().stream().map(Tier::getLiteral).toList()));
			}
			chart.node(id(chart, unit), labelOf(unit), notes, Layer.UNITS);
			chart.edge(id(chart, parent), id(chart, unit), "");
			addUnits(chart, unit, unit.getUnits());
		}
	}

	/**
	 * A body's lines under its title: its authorities and boards, and for a body outside the tiers its sector. The
	 * same whichever role first brings the body into the chart (a member, a user, an owner), so none is lost.
	 */
	private List<String> notes(Body body) {
		List<String> notes = new ArrayList<>();
		if (body.getTiers().isEmpty()) {
			notes.addAll(sectorNote(body));
		}
		for (Authority authority : body.getAuthorities()) {
			notes.add(authority(authority));
		}
		for (Board board : body.getBoards()) {
			String chair = board.getChair() == null || board.getChair().eIsProxy() ? "" : ", chaired by " + titleOf(board.getChair());
			notes.add((board.getTitle() != null ? board.getTitle() : board.getKind().getLiteral()) + " (" + board.getMembers().size() + " members" + chair + ")");
		}
		return notes;
	}

	private static String authority(Authority authority) {
		return authority.getRole().getLiteral().toUpperCase(Locale.ROOT) + ": " + labelOf(authority);
	}

	private List<String> sectorNote(Body body) {
		SocietySector sector = Stated.value(body, GovModelPackage.Literals.BODY__SECTOR);
		return sector == null ? List.of() : List.of(sector.getLiteral() + " sector");
	}

	private void line(OrgChart.Builder chart, Body from, Party to, String label) {
		Body target = bodyOf(to);
		if (target != null) {
			chart.node(id(chart, target), labelOf(target), notes(target), layerOf(target, Layer.STRATEGIC));
			chart.edge(id(chart, target), id(chart, from), label.equals("under") ? "directs" : "oversees");
		}
	}

	private static Layer layerOf(Body body, Layer fallback) {
		if (body.getTiers().contains(Tier.STRATEGIC)) {
			return Layer.STRATEGIC;
		}
		if (body.getTiers().contains(Tier.DIRECTIVE)) {
			return Layer.DIRECTIVE;
		}
		if (body.getTiers().contains(Tier.OPERATIONAL)) {
			return Layer.OPERATIONAL;
		}
		return fallback;
	}

	/** The element's title; a model still being typed (the editor's preview) may lack one: then its name. */
	private static String labelOf(EObject element) {
		EStructuralFeature title = element.eClass().getEStructuralFeature("title");
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = title == null ? null : element.eGet(title);
		if (value == null && name != null) {
			value = element.eGet(name);
		}
		return value == null ? "(untitled)" : value.toString();
	}

	/** The element's node id in this chart (see {@link NodeIds}). */
	private String id(OrgChart.Builder chart, EObject element) {
		return chart.idOf(element, () -> NodeIds.readable(names.getFullyQualifiedName(element), element));
	}

	/** The box of the element with this qualified name, as {@link #id} names it when no other element shares the name. */
	public static String nodeId(String qualifiedName) {
		return "n_" + NodeIds.encode(qualifiedName);
	}
}
