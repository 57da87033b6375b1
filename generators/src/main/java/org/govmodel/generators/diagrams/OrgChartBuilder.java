package org.govmodel.generators.diagrams;

import static org.govmodel.dsl.util.Parties.bodyOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Audience;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.BoardKind;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.InstitutionType;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.LeverType;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Service;
import org.govmodel.dsl.govModel.SocietySector;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Status;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.util.Stated;
import org.govmodel.generators.diagrams.OrgChart.Kind;
import org.govmodel.generators.diagrams.OrgChart.Layer;
import org.govmodel.generators.diagrams.OrgChart.Line;

import com.google.inject.Inject;

/**
 * Builds the governance diagram of one jurisdiction after the guide's Diagram
 * IV.1: the strategic body and its members; the directive institution and its
 * CIO; the operational institution with its CTO and board, each a box of its
 * own; the cross-cutting solutions and who owns them; and the users and
 * participants grouped as the guide groups them (ministries, decentralized
 * institutions, public services, private sector, industry chambers, academia,
 * civil society and citizen participation), as far as the model declares them.
 * For an operational agency with units, its internal structure (Diagram IV.2):
 * the units in model order with their functions and the solutions they run.
 * Every word in the reader's language; every box linked to its page.
 */
public class OrgChartBuilder {

	/** Names listed in a group's box before "and N more". */
	static final int GROUP_LINES = 6;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private LocalizedTitles titles;

	public OrgChart governance(GovernanceView view, Language language, DocsPages pages) {
		return new Draft(new DiagramWords(language), pages).governance(view);
	}

	/**
	 * @param solutions the jurisdiction's solutions, whose owners are looked for among the units
	 */
	public Optional<OrgChart> units(Body body, List<Solution> solutions, Language language, DocsPages pages) {
		return body.getUnits().isEmpty() ? Optional.empty() : Optional.of(new Draft(new DiagramWords(language), pages).units(body, solutions));
	}

	/** The box of the element with this qualified name, as {@link #id} names it when no other element shares the name. */
	public static String nodeId(String qualifiedName) {
		return "n_" + NodeIds.encode(qualifiedName);
	}

	/** One chart being built, in one language. */
	private final class Draft {
		private final DiagramWords words;
		private final DocsPages pages;
		private OrgChart.Builder chart;

		Draft(DiagramWords words, DocsPages pages) {
			this.words = words;
			this.pages = pages;
		}

		OrgChart governance(GovernanceView view) {
			chart = new OrgChart.Builder(view.subject().map(j -> words.text("title.governance", "jurisdiction", title(j)))
					.orElse(words.text("title.governance.untitled")), words).whenEmpty(words.text("empty.governance"));
			for (Body body : view.bodiesOfTier(Tier.STRATEGIC)) {
				body(body, Layer.STRATEGIC);
				for (Party member : body.getMembers()) {
					Body memberBody = bodyOf(member);
					if (memberBody != null && memberBody != body) {
						body(memberBody, Layer.MEMBERS);
						boolean chairs = body.getChair() != null && bodyOf(body.getChair()) == memberBody;
						edge(memberBody, body, chairs ? Kind.CHAIRS : Kind.MEMBER);
					}
				}
			}
			for (Body body : view.bodiesOfTier(Tier.DIRECTIVE)) {
				body(body, Layer.DIRECTIVE);
				line(body, body.getReportsTo(), Kind.REPORTS_TO);
			}
			for (Body body : view.bodiesOfTier(Tier.OPERATIONAL)) {
				body(body, Layer.OPERATIONAL);
				Body under = bodyOf(body.getUnder());
				if (under != null) {
					body(under, Layer.DIRECTIVE);
					edge(under, body, Kind.DIRECTS);
				}
				if (bodyOf(body.getReportsTo()) != under) {
					line(body, body.getReportsTo(), Kind.REPORTS_TO);
				}
			}
			for (Body body : view.bodies()) {
				if (!body.getTiers().isEmpty()) {
					authoritiesAndBoards(body);
				}
			}
			for (Solution solution : view.solutions()) {
				solution(solution);
			}
			new Users(view).add();
			return chart.build();
		}

		OrgChart units(Body body, List<Solution> solutions) {
			chart = new OrgChart.Builder(words.text("title.units", "body", title(body)), words);
			body(body, Layer.OPERATIONAL);
			addUnits(body, body.getUnits(), solutions);
			return chart.build();
		}

		private void addUnits(EObject parent, List<Unit> units, List<Solution> solutions) {
			for (Unit unit : units) {
				List<Line> notes = new ArrayList<>();
				unit.getAuthorities().forEach(a -> notes.add(new Line(authority(a), null)));
				if (!unit.getTiers().isEmpty()) {
					List<String> tiers = unit.getTiers().stream().map(t -> lowerFirst(words.layer(layerOf(t)))).toList();
					notes.add(new Line(words.text("note.unit.functions", "tiers", words.list(tiers)), null));
				}
				for (Solution solution : solutions.stream().filter(s -> s.getOwner() == unit).toList()) {
					notes.add(new Line(words.text("note.unit.owns", "solution", title(solution)), pages.pageOf(solution)));
				}
				chart.node(id(unit), title(unit), notes, Layer.UNITS, pages.pageOf(unit));
				edge(unit, parent, Kind.PART_OF);
				addUnits(unit, unit.getUnits(), solutions);
			}
		}

		private void body(Body body, Layer fallback) {
			List<Line> notes = new ArrayList<>();
			if (body.getTiers().isEmpty()) {
				SocietySector sector = Stated.value(body, GovModelPackage.Literals.BODY__SECTOR);
				if (sector != null) {
					notes.add(new Line(upperFirst(words.word(sector)), null));
				}
			}
			chart.node(id(body), title(body), notes, layerOf(body, fallback), pages.pageOf(body));
		}

		/** The CIO, CTO and other authorities, boards and councils of a governance body: boxes beside it. */
		private void authoritiesAndBoards(Body body) {
			Layer layer = chart.layer(id(body));
			for (Board board : body.getBoards()) {
				List<Line> notes = new ArrayList<>();
				if (board.getChair() != null && !board.getChair().eIsProxy()) {
					notes.add(new Line(words.text("note.board.chair", "chair", partyName(board.getChair())), pages.pageOf(board.getChair())));
				}
				notes.add(new Line(words.text("note.board.members", "count", board.getMembers().size()), null));
				String label = board.getTitle() != null ? board.getTitle() : upperFirst(words.word(board.getKind()));
				chart.node(id(board), label, notes, layer, pages.pageOf(body));
				edge(board, body, board.getKind() == BoardKind.ADVISORY_COUNCIL ? Kind.ADVISES : Kind.GOVERNS);
			}
			for (Authority authority : body.getAuthorities()) {
				chart.node(id(authority), authority.getTitle(), List.of(new Line(words.word(authority.getRole()), null)), layer, pages.pageOf(body));
				edge(authority, body, Kind.AUTHORITY_OF);
			}
			for (Authority authority : body.getAuthorities()) {
				Party boss = authority.getAnswersTo();
				if (boss != null && !boss.eIsProxy() && chart.has(id(boss))) {
					edge(authority, boss, Kind.ANSWERS_TO);
				}
			}
		}

		private void solution(Solution solution) {
			List<Line> notes = new ArrayList<>();
			if (solution.getKind() != null && !solution.getKind().eIsProxy()) {
				notes.add(new Line(title(solution.getKind()), null));
			}
			Status status = Stated.value(solution, GovModelPackage.Literals.SOLUTION__STATUS);
			if (status != null) {
				String word = upperFirst(words.word(status));
				notes.add(new Line(solution.getSince() > 0 ? words.text("note.status.since", "status", word, "year", String.valueOf(solution.getSince()))
						: words.text("note.status", "status", word), null));
			}
			if (solution.getOwner() instanceof Unit unit) {
				notes.add(new Line(words.text("note.unit.owner", "unit", title(unit)), pages.pageOf(unit)));
			}
			chart.node(id(solution), title(solution), notes, Layer.SOLUTIONS, pages.pageOf(solution));
			Body owner = bodyOf(solution.getOwner());
			if (owner != null) {
				body(owner, Layer.OPERATIONAL);
				edge(owner, solution, Kind.OWNS);
			}
		}

		private void line(Body from, Party to, Kind kind) {
			Body target = bodyOf(to);
			if (target != null) {
				body(target, Layer.STRATEGIC);
				edge(from, target, kind);
			}
		}

		private void edge(EObject from, EObject to, Kind kind) {
			chart.edge(id(from), id(to), kind, words.edge(kind));
		}

		private String id(EObject element) {
			return chart.idOf(element, () -> NodeIds.readable(names.getFullyQualifiedName(element), element));
		}

		/** The element's title in the reader's language; a model still being typed may lack one: then its name. */
		private String title(EObject element) {
			String title = titles.title(element, words.language());
			if (title != null && !title.isBlank()) {
				return title;
			}
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : element.eGet(name);
			return value == null ? words.text("untitled") : value.toString();
		}

		/** A party as a note names it: an authority by its own title, without its body's. */
		private String partyName(Party party) {
			return title(party);
		}

		private String authority(Authority authority) {
			return words.word(authority.getRole()) + ": " + title(authority);
		}

		/**
		 * The users and participants row: the bodies outside the tiers grouped as the guide groups them, the sectors'
		 * services, civil society with the levers that invite citizens to take part; each group linked to the
		 * solutions its members use and to the bodies its members sit on.
		 */
		private final class Users {
			private final GovernanceView view;
			private final Map<String, Set<EObject>> members = new LinkedHashMap<>();
			private final Map<String, Set<Solution>> uses = new LinkedHashMap<>();
			private final Map<String, Set<Body>> sitsOn = new LinkedHashMap<>();

			Users(GovernanceView view) {
				this.view = view;
				for (String group : List.of("ministries", "decentralized", "services", "private", "chambers", "academia", "civil-society", "international")) {
					members.put(group, new LinkedHashSet<>());
					uses.put(group, new LinkedHashSet<>());
					sitsOn.put(group, new LinkedHashSet<>());
				}
			}

			void add() {
				for (Body body : view.bodies()) {
					String group = groupOf(body);
					if (!body.getTiers().isEmpty() || group == null) {
						body.getUses().forEach(solution -> chart.edge(id(body), id(solution), Kind.USES, words.edge(Kind.USES)));
						continue;
					}
					members.get(group).add(body);
					uses.get(group).addAll(body.getUses());
				}
				for (Sector sector : view.sectors()) {
					List<String> groups = sector.getInstitutions().stream().map(p -> groupOf(bodyOf(p))).filter(g -> g != null).distinct().toList();
					for (String group : groups.isEmpty() ? List.of("services") : groups) {
						uses.get(group).addAll(sector.getUses());
					}
					for (Service service : sector.getServices()) {
						members.get("services").add(service);
						uses.get("services").addAll(service.getUses());
					}
					if (sector.getServices().isEmpty() && groups.isEmpty()) {
						members.get("services").add(sector);
					}
				}
				for (Lever lever : view.levers()) {
					if (lever.getAudience() == Audience.PUBLIC && Stated.value(lever, GovModelPackage.Literals.LEVER__TYPE) == LeverType.PARTICIPATION) {
						members.get("civil-society").add(lever);
					}
				}
				for (Body governing : governingBodies()) {
					for (Party member : governing.getMembers()) {
						Body body = bodyOf(member);
						String group = body == null ? null : groupOf(body);
						if ("civil-society".equals(group)) {
							sitsOn.get(group).add(governing);
						}
					}
				}
				members.forEach((group, all) -> {
					// a body drawn elsewhere (a member of the strategic body) is listed again only as a declared user
					Set<EObject> elements = new LinkedHashSet<>();
					all.stream().filter(e -> !(e instanceof Body body) || !chart.has(id(body)) || usesAny(body)).forEach(elements::add);
					if (elements.isEmpty() && uses.get(group).isEmpty()) {
						return;
					}
					String groupId = "g_" + group.replace('-', '_');
					chart.node(groupId, words.text("group." + group), lines(elements), Layer.USERS, null);
					uses.get(group).stream().filter(s -> chart.has(id(s))).forEach(s -> chart.edge(groupId, id(s), Kind.USES, words.edge(Kind.USES)));
					sitsOn.get(group).forEach(b -> chart.edge(groupId, id(b), Kind.PARTICIPATES, words.edge(Kind.PARTICIPATES)));
				});
			}

			private boolean usesAny(Body body) {
				return !body.getUses().isEmpty() || view.sectors().stream().anyMatch(s -> !s.getUses().isEmpty() && s.getInstitutions().stream().anyMatch(p -> bodyOf(p) == body));
			}

			/** The strategic bodies in the chart: civil society takes part in governance by sitting on them. */
			private List<Body> governingBodies() {
				return view.bodiesOfTier(Tier.STRATEGIC);
			}

			private List<Line> lines(Set<EObject> elements) {
				List<Line> lines = new ArrayList<>();
				for (EObject element : elements) {
					if (lines.size() == GROUP_LINES && elements.size() > GROUP_LINES + 1) {
						lines.add(new Line(words.text("note.more", "count", elements.size() - GROUP_LINES), null));
						break;
					}
					String text = element instanceof Service service && service.eContainer() instanceof Sector sector
							? words.text("note.service", "service", title(service), "sector", title(sector))
							: title(element);
					lines.add(new Line(text, pages.pageOf(element)));
				}
				return lines;
			}

			/**
			 * The group a body outside the tiers belongs to, by its declared sector and type; null for the bodies that
			 * hold the others to account (presidency, legislature, courts, comptroller) and groups of people.
			 */
			private String groupOf(Body body) {
				if (body == null || !body.getTiers().isEmpty() || body.getForm() == BodyForm.GROUP) {
					return null;
				}
				SocietySector sector = Stated.value(body, GovModelPackage.Literals.BODY__SECTOR);
				InstitutionType type = Stated.value(body, GovModelPackage.Literals.BODY__TYPE);
				if (sector == null || sector == SocietySector.PUBLIC) {
					if (type == null) {
						return body.getForm() == BodyForm.INSTITUTION ? "decentralized" : null;
					}
					return switch (type) {
						case MINISTRY -> "ministries";
						case PRESIDENCY, LEGISLATURE, COURT, COMPTROLLER -> null;
						default -> "decentralized";
					};
				}
				return switch (sector) {
					case PRIVATE -> type == InstitutionType.CHAMBER ? "chambers" : "private";
					case ACADEMIC -> "academia";
					case CIVIL_SOCIETY -> "civil-society";
					case INTERNATIONAL -> "international";
					default -> null;
				};
			}
		}
	}

	private static Layer layerOf(Tier tier) {
		return switch (tier) {
			case STRATEGIC -> Layer.STRATEGIC;
			case DIRECTIVE -> Layer.DIRECTIVE;
			case OPERATIONAL -> Layer.OPERATIONAL;
		};
	}

	/** A governance body's band: its highest tier (the grammar lists the tiers from the top); a body outside the tiers keeps the band it is drawn in. */
	private static Layer layerOf(Body body, Layer fallback) {
		for (Tier tier : Tier.values()) {
			if (body.getTiers().contains(tier)) {
				return layerOf(tier);
			}
		}
		return fallback;
	}

	private static String upperFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}
}
