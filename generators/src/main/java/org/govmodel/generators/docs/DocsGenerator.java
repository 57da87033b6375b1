package org.govmodel.generators.docs;


import static org.govmodel.dsl.util.Parties.bodyOf;
import static org.govmodel.dsl.util.Parties.titleOf;
import static org.govmodel.generators.docs.Page.link;
import static org.govmodel.generators.docs.Page.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Autonomy;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.LayerState;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.util.Stated;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.ReportSubjects;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.diagrams.DiagramFiles;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.output.FolderNames;

import com.google.inject.Inject;

/**
 * The documentation site of each jurisdiction under {@code docs/<jurisdiction>/}:
 * an overview with the three tiers, a page per body, the solutions catalogue
 * with its prerequisite matrix, the legal instruments, the project pipeline and
 * the incentives and penalties; documentation comments and the findings of
 * validation shown where they belong; every page in Markdown and in HTML.
 */
public class DocsGenerator {

	public static final String FOLDER = "docs/";

	@Inject
	private ReportSubjects subjects;

	@Inject
	private DiagramGenerator diagramGenerator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IEObjectDocumentationProvider documentation;

	/**
	 * @param diagnostics the findings of validation (warnings, infos) to show on the pages they concern
	 * @param diagrams    whether the diagrams are generated beside the site (they are embedded)
	 */
	public void generate(List<Model> models, List<ModelDiagnostic> diagnostics, boolean diagrams, Artifacts artifacts) {
		List<Subject> all = subjects.of(models);
		DiagramFiles diagramFiles = diagramGenerator.files(all);
		Map<EObject, List<ModelDiagnostic>> findings = findingsByElement(models, diagnostics);
		for (Subject subject : all) {
			String diagram = diagrams ? diagramFiles.governance(subject).map(base -> "../../" + base + ".svg").orElse(null) : null;
			new Site(subject, findings, diagram, artifacts).write();
		}
	}

	private static Map<EObject, List<ModelDiagnostic>> findingsByElement(List<Model> models, List<ModelDiagnostic> diagnostics) {
		Map<EObject, List<ModelDiagnostic>> result = new LinkedHashMap<>();
		if (models.isEmpty()) {
			return result;
		}
		ResourceSet resourceSet = models.get(0).eResource().getResourceSet();
		for (ModelDiagnostic diagnostic : diagnostics) {
			if (diagnostic.element() == null || diagnostic.isError()) {
				continue;
			}
			EObject object = resourceSet.getEObject(URI.createURI(diagnostic.element()), false);
			EObject top = object;
			while (top != null && !(top.eContainer() instanceof Model)) {
				top = top.eContainer();
			}
			if (top != null) {
				result.computeIfAbsent(top, k -> new ArrayList<>()).add(diagnostic);
			}
		}
		return result;
	}

	/** The pages of one jurisdiction. */
	private final class Site {
		private final String name;
		private final GovernanceView view;
		private final Map<EObject, List<ModelDiagnostic>> findings;
		/** The governance diagram, relative to the overview page; null when there is none. */
		private final String diagram;
		private final Artifacts artifacts;
		private final List<Instrument> instruments;
		/** The body pages' names under bodies/, distinct by construction. */
		private final FolderNames bodyPages = new FolderNames();

		Site(Subject subject, Map<EObject, List<ModelDiagnostic>> findings, String diagram, Artifacts artifacts) {
			this.name = subject.fileName();
			this.view = subject.view();
			this.findings = findings;
			this.diagram = diagram;
			this.artifacts = artifacts;
			this.instruments = view.instruments();
			view.bodies().forEach(body -> bodyPages.add(key(body), body.getName(), ".md", ".html"));
		}

		private String key(Body body) {
			return String.valueOf(names.getFullyQualifiedName(body));
		}

		/** The body's page under bodies/ (with .md), or null when the body is not part of this site. */
		private String pageOf(Body body) {
			return body != null && bodyPages.contains(key(body)) ? bodyPages.stem(key(body)) + ".md" : null;
		}

		void write() {
			add("index.md", overview());
			for (Tier tier : Tier.values()) {
				add("tiers/" + tier.getLiteral() + ".md", tier(tier));
			}
			for (Body body : view.bodies()) {
				add("bodies/" + pageOf(body), body(body));
			}
			add("solutions.md", solutions());
			add("instruments.md", instruments());
			add("projects.md", projects());
			add("levers.md", levers());
		}

		private void add(String path, String markdown) {
			String prefix = path.contains("/") ? "../" : "";
			String navigation = link("Overview", prefix + "index.md") + " · " + link("Strategic", prefix + "tiers/strategic.md") + " · "
					+ link("Directive", prefix + "tiers/directive.md") + " · " + link("Operational", prefix + "tiers/operational.md") + " · "
					+ link("Solutions", prefix + "solutions.md") + " · "
					+ link("Legal instruments", prefix + "instruments.md") + " · " + link("Projects", prefix + "projects.md") + " · "
					+ link("Incentives and penalties", prefix + "levers.md");
			String base = FOLDER + name + "/" + path;
			artifacts.add(base, markdown);
			artifacts.add(base.substring(0, base.length() - 3) + ".html", HtmlSite.page(markdown, navigation));
		}

		// ------------------------------------------------------------ overview

		private String overview() {
			Page page = new Page();
			Jurisdiction j = view.subject().orElse(null);
			page.heading(1, j == null ? "Governance of digital transformation" : j.getTitle() + ": governance of digital transformation");
			if (j != null) {
				List<String> facts = new ArrayList<>();
				facts.add("Level: " + j.getLevel().getLiteral() + (j.getParent() != null && !j.getParent().eIsProxy() ? " of " + text(j.getParent().getTitle()) : ""));
				if (Stated.isStated(j, GovModelPackage.Literals.JURISDICTION__STRATEGY)) {
					facts.add("Strategy approach: " + j.getStrategy().getLiteral());
				}
				if (!j.getPrinciples().isEmpty()) {
					facts.add("OECD principles committed to: " + String.join(", ", j.getPrinciples().stream().map(p -> p.getLiteral()).toList()));
				}
				if (j.getAdministrationTerm() > 0) {
					facts.add("Administration term: " + j.getAdministrationTerm() + " years");
				}
				page.bullets(facts);
				page.paragraph(text(documentation.getDocumentation(j)));
			}
			if (diagram != null) {
				page.paragraph("![Governance structure of " + text(j == null ? name : j.getTitle()) + ": the bodies of each tier, their authorities, the solutions and their users]("
						+ diagram + ")");
			}
			for (Tier tier : Tier.values()) {
				page.heading(2, tierTitle(tier));
				List<Body> bodies = view.bodiesOfTier(tier);
				List<String> items = new ArrayList<>(bodies.isEmpty() ? List.of("No body is designated for this tier.")
						: bodies.stream().map(b -> bodyLink(b, "bodies/")).toList());
				items.add(link("About the " + tier.getLiteral() + " tier", "tiers/" + tier.getLiteral() + ".md"));
				page.bullets(items);
			}
			page.heading(2, "Other institutions and organizations");
			page.bullets(view.bodies().stream().filter(b -> b.getTiers().isEmpty()).map(b -> bodyLink(b, "bodies/")).toList());
			if (j != null) {
				findings(page, j);
			}
			page.heading(2, "Summary");
			page.bullets(List.of(view.bodies().size() + " institutions, organizations and groups", view.solutions().size() + " cross-cutting solutions",
					instruments.size() + " legal instruments", view.projects().size() + " projects", view.levers().size() + " incentives and penalties",
					view.assessments().size() + " assessments"));
			return page.markdown();
		}

		// ------------------------------------------------------------ tiers

		private String tierTitle(Tier tier) {
			return view.definitionOf(tier).map(TierDefinition::getTitle).orElse(tier.getLiteral());
		}

		private String tier(Tier tier) {
			Page page = new Page();
			page.heading(1, tierTitle(tier));
			view.definitionOf(tier).ifPresent(definition -> {
				page.paragraph(text(documentation.getDocumentation(definition)));
				if (definition.getMeasuredBy() != null && !definition.getMeasuredBy().eIsProxy()) {
					page.paragraph("Measured by maturity component " + text(definition.getMeasuredBy().getName()) + " (" + text(definition.getMeasuredBy().getTitle()) + ").");
				}
			});
			List<Body> bodies = view.bodiesOfTier(tier);
			if (bodies.isEmpty()) {
				page.paragraph("No body of this tier is designated in the model.");
			}
			List<List<String>> rows = new ArrayList<>();
			for (Body body : bodies) {
				rows.add(List.of(bodyLink(body, "../bodies/"), body.getForm().getLiteral() + optional(body, GovModelPackage.Literals.BODY__TYPE, ", "),
						String.join(", ", body.getAuthorities().stream().map(a -> a.getRole().getLiteral().toUpperCase(Locale.ROOT) + ": " + text(a.getTitle())).toList()),
						String.join(", ", body.getEstablishedBy().stream().map(i -> instrumentLink(i, "../")).toList()),
						body.getReportsTo() == null ? "" : text(titleOf(body.getReportsTo()))));
			}
			page.table(List.of("Body", "Form", "Authorities", "Established by", "Reports to"), rows);
			return page.markdown();
		}

		// ------------------------------------------------------------ bodies

		private String body(Body body) {
			Page page = new Page();
			page.heading(1, body.getTitle());
			List<String> facts = new ArrayList<>();
			facts.add("Form: " + body.getForm().getLiteral() + optional(body, GovModelPackage.Literals.BODY__TYPE, ", ")
					+ optional(body, GovModelPackage.Literals.BODY__SECTOR, ", sector "));
			if (!body.getTiers().isEmpty()) {
				facts.add("Governance tier: " + String.join(" and ", body.getTiers().stream().map(Tier::getLiteral).toList()));
			}
			if (body.getPortfolio() != null && !body.getPortfolio().eIsProxy()) {
				facts.add("Portfolio: " + text(body.getPortfolio().getTitle()));
			}
			if (body.getHost() != null) {
				facts.add("Within: " + partyLink(body.getHost()));
			}
			if (body.getChair() != null) {
				facts.add("Chair: " + partyLink(body.getChair()));
			}
			if (!body.getMembers().isEmpty()) {
				facts.add("Members: " + String.join(", ", body.getMembers().stream().map(this::partyLink).toList()));
			}
			if (body.getReportsTo() != null) {
				facts.add("Reports to: " + partyLink(body.getReportsTo()));
			}
			if (body.getUnder() != null) {
				facts.add("Under the authority of: " + partyLink(body.getUnder()));
			}
			List<Body> oversees = view.bodies().stream().filter(b -> bodyOf(b.getReportsTo()) == body || bodyOf(b.getUnder()) == body).toList();
			if (!oversees.isEmpty()) {
				facts.add("Oversees: " + String.join(", ", oversees.stream().map(b -> bodyLink(b, "")).toList()));
			}
			if (!body.getEstablishedBy().isEmpty()) {
				facts.add("Established by: " + String.join(", ", body.getEstablishedBy().stream().map(i -> instrumentLink(i, "../")).toList()));
			}
			if (!body.getCharacteristics().isEmpty()) {
				facts.add("Characteristics: " + String.join(", ", body.getCharacteristics().stream().map(c -> c.getLiteral()).toList()));
			}
			if (!body.getPowers().isEmpty()) {
				facts.add("Powers: " + String.join(", ", body.getPowers().stream().map(p -> p.getLiteral()).toList()));
			}
			if (!body.getCoreAreas().isEmpty()) {
				facts.add("Core areas: " + String.join(", ", body.getCoreAreas().stream().map(a -> a.getLiteral()).toList()));
			}
			if (!body.getUses().isEmpty()) {
				facts.add("Uses: " + String.join(", ", body.getUses().stream().map(s -> link(s.getTitle(), "../solutions.md")).toList()));
			}
			page.bullets(facts);
			page.paragraph(text(documentation.getDocumentation(body)));
			if (!body.getAuthorities().isEmpty()) {
				page.heading(2, "Authorities");
				page.table(List.of("Role", "Title", "Rank", "Answers to", "Appointment", "Term"), body.getAuthorities().stream().map(this::authorityRow).toList());
			}
			for (Board board : body.getBoards()) {
				page.heading(2, board.getTitle() != null ? board.getTitle() : board.getKind().getLiteral());
				page.bullets(List.of("Chair: " + (board.getChair() == null ? "not designated" : partyLink(board.getChair())),
						"Members: " + String.join(", ", board.getMembers().stream().map(this::partyLink).toList())));
			}
			if (!body.getUnits().isEmpty()) {
				page.heading(2, "Units");
				List<String> units = new ArrayList<>();
				addUnits(units, body.getUnits(), 0);
				page.paragraph(String.join("\n", units));
			}
			if (body.getAutonomy() != null) {
				page.heading(2, "Autonomy");
				Autonomy autonomy = body.getAutonomy();
				page.table(List.of("Aspect", "Stated"), List.of(
						List.of("Operational independence", stated(autonomy, GovModelPackage.Literals.AUTONOMY__INDEPENDENCE)),
						List.of("Appointment", stated(autonomy, GovModelPackage.Literals.AUTONOMY__APPOINTMENT)
								+ (autonomy.getAppointmentTerm() > 0 ? ", term " + autonomy.getAppointmentTerm() + " years" : "")),
						List.of("Budget", stated(autonomy, GovModelPackage.Literals.AUTONOMY__BUDGET) + (autonomy.isProtected() ? ", protected" : "")),
						List.of("Transparency and accountability", String.join(", ", autonomy.getTransparency().stream().map(t -> t.getLiteral()).toList()))));
			}
			List<Solution> owned = view.solutions().stream().filter(s -> bodyOf(s.getOwner()) == body).toList();
			if (!owned.isEmpty()) {
				page.heading(2, "Solutions it runs");
				page.bullets(owned.stream().map(s -> link(s.getTitle(), "../solutions.md")).toList());
			}
			findings(page, body);
			return page.markdown();
		}

		private void addUnits(List<String> lines, List<Unit> units, int depth) {
			for (Unit unit : units) {
				String authorities = unit.getAuthorities().isEmpty() ? "" : " — " + String.join(", ", unit.getAuthorities().stream().map(a -> text(a.getTitle())).toList());
				String serves = unit.getTiers().isEmpty() ? "" : " (serves " + String.join(", ", unit.getTiers().stream().map(Tier::getLiteral).toList()) + ")";
				lines.add("  ".repeat(depth) + "- " + text(unit.getTitle()) + serves + authorities);
				addUnits(lines, unit.getUnits(), depth + 1);
			}
		}

		private List<String> authorityRow(Authority a) {
			return List.of(a.getRole().getLiteral().toUpperCase(Locale.ROOT), text(a.getTitle()), stated(a, GovModelPackage.Literals.AUTHORITY__RANK),
					a.getAnswersTo() == null ? "" : partyLink(a.getAnswersTo()), stated(a, GovModelPackage.Literals.AUTHORITY__APPOINTMENT),
					a.getTerm() > 0 ? a.getTerm() + " years" : "");
		}

		// ------------------------------------------------------------ solutions

		private String solutions() {
			Page page = new Page();
			page.heading(1, "Cross-cutting solutions");
			List<List<String>> rows = new ArrayList<>();
			for (Solution s : view.solutions()) {
				List<Party> consumers = new ArrayList<>();
				view.bodies().stream().filter(b -> b.getUses().contains(s)).forEach(consumers::add);
				List<String> sectors = view.sectors().stream().filter(sector -> sector.getUses().contains(s)).map(Sector::getTitle).map(Page::text).toList();
				List<String> users = new ArrayList<>(consumers.stream().map(this::partyLinkFromTop).toList());
				users.addAll(sectors);
				rows.add(List.of(text(s.getTitle()), kind(s.getKind()), s.getOwner() == null ? "" : partyLinkFromTop(s.getOwner()),
						stated(s, GovModelPackage.Literals.SOLUTION__STATUS) + (s.getSince() > 0 ? " since " + s.getSince() : ""),
						String.join(", ", s.getLegalBasis().stream().map(i -> instrumentLink(i, "")).toList()),
						String.join(", ", s.getRequires().stream().map(r -> text(r.getTitle())).toList()),
						String.join(", ", s.getLayers().stream().map(this::layer).toList()), String.join(", ", users)));
			}
			page.table(List.of("Solution", "Kind", "Owner", "Status", "Legal basis", "Requires", "Interoperability layers", "Used by"), rows);
			page.heading(2, "Prerequisite matrix");
			page.paragraph("A row's solution rests on the column's when the cell says *requires*; *kind* marks a prerequisite its kind calls for that the solution does not declare.");
			List<String> headers = new ArrayList<>(List.of("Solution"));
			view.solutions().forEach(s -> headers.add(s.getName()));
			List<List<String>> matrix = new ArrayList<>();
			for (Solution row : view.solutions()) {
				List<String> cells = new ArrayList<>(List.of(text(row.getTitle())));
				for (Solution column : view.solutions()) {
					boolean requires = row.getRequires().contains(column);
					boolean kindRequires = row.getKind() != null && column.getKind() != null && row.getKind().getRequires().contains(column.getKind());
					cells.add(requires ? "requires" : kindRequires ? "kind" : "");
				}
				matrix.add(cells);
			}
			page.table(headers, matrix);
			for (Solution s : view.solutions()) {
				String doc = documentation.getDocumentation(s);
				List<ModelDiagnostic> found = findings.getOrDefault(s, List.of());
				if (doc != null || !found.isEmpty()) {
					page.heading(2, s.getTitle());
					page.paragraph(text(doc));
					findings(page, s);
				}
			}
			return page.markdown();
		}

		private String layer(LayerState state) {
			return state.getLayer().getLiteral() + " " + state.getState().getLiteral();
		}

		// ------------------------------------------------------------ instruments, projects, levers

		private String instruments() {
			Page page = new Page();
			page.heading(1, "Legal instruments");
			List<List<String>> rows = new ArrayList<>();
			for (Instrument i : instruments) {
				List<String> referencedBy = new ArrayList<>();
				view.bodies().stream().filter(b -> b.getEstablishedBy().contains(i)).forEach(b -> referencedBy.add(bodyLink(b, "bodies/")));
				view.solutions().stream().filter(s -> s.getLegalBasis().contains(i)).forEach(s -> referencedBy.add(text(s.getTitle())));
				rows.add(List.of(text(i.getTitle()), i.getKind().getLiteral(), text(i.getNumber()), i.getYear() > 0 ? String.valueOf(i.getYear()) : text(i.getDate()),
						i.getIssuer() == null ? "" : partyLinkFromTop(i.getIssuer()),
						i.isRepealed() ? "repealed" + (i.getRepealedBy() != null ? " by " + text(i.getRepealedBy().getTitle()) : "") : "in force",
						String.join(", ", referencedBy)));
			}
			page.table(List.of("Instrument", "Kind", "Number", "Year", "Issued by", "Status", "Referenced by"), rows);
			instruments.forEach(i -> findings(page, i, "Findings for " + i.getTitle()));
			return page.markdown();
		}

		private String projects() {
			Page page = new Page();
			page.heading(1, "Projects of the cross-cutting pipeline");
			List<List<String>> rows = new ArrayList<>();
			Map<String, BigDecimal> byOwner = new TreeMap<>();
			Map<String, BigDecimal> byDeliverable = new TreeMap<>();
			for (Project p : view.projects()) {
				String deliverable = p.getDelivers() instanceof Solution s ? s.getTitle() : p.getDelivers() instanceof SolutionKind k ? k.getTitle() + " (kind)" : "";
				String owner = p.getOwner() == null ? "" : titleOf(p.getOwner());
				rows.add(List.of(text(p.getTitle()), p.getOwner() == null ? "" : partyLinkFromTop(p.getOwner()), text(deliverable),
						p.getBudget() == null ? "" : p.getBudget().toPlainString() + " " + text(p.getCurrency()), text(p.getStart()), text(p.getEnd()),
						stated(p, GovModelPackage.Literals.PROJECT__STATUS)));
				if (p.getBudget() != null) {
					byOwner.merge(owner + " (" + p.getCurrency() + ")", p.getBudget(), BigDecimal::add);
					byDeliverable.merge(deliverable + " (" + p.getCurrency() + ")", p.getBudget(), BigDecimal::add);
				}
			}
			page.table(List.of("Project", "Owner", "Delivers", "Budget", "From", "To", "Status"), rows);
			view.projects().forEach(p -> findings(page, p, "Findings for " + p.getTitle()));
			page.heading(2, "Budget per owner");
			page.table(List.of("Owner (currency)", "Total"), byOwner.entrySet().stream().map(e -> List.of(text(e.getKey()), e.getValue().toPlainString())).toList());
			page.heading(2, "Budget per solution");
			page.table(List.of("Solution (currency)", "Total"), byDeliverable.entrySet().stream().map(e -> List.of(text(e.getKey()), e.getValue().toPlainString())).toList());
			page.heading(2, "Timeline");
			List<List<String>> milestones = new ArrayList<>();
			for (Project p : view.projects()) {
				for (Milestone m : p.getMilestones()) {
					milestones.add(List.of(text(m.getDate()), text(p.getTitle()), text(m.getTitle()), m.isDone() ? "done" : ""));
				}
			}
			milestones.sort((a, b) -> a.get(0).compareTo(b.get(0)));
			page.table(List.of("Date", "Project", "Milestone", "Done"), milestones);
			return page.markdown();
		}

		private String levers() {
			Page page = new Page();
			page.heading(1, "Incentives and penalties");
			page.paragraph("Penalties are a last resort, after incentives.");
			page.table(List.of("Kind", "Lever", "For", "Type", "Legal basis"), view.levers().stream().map((Lever l) -> List.of(l.getKind().getLiteral(),
					text(l.getTitle()), l.getAudience().getLiteral(), stated(l, GovModelPackage.Literals.LEVER__TYPE),
					String.join(", ", l.getLegalBasis().stream().map(i -> instrumentLink(i, "")).toList()))).toList());
			List<String> open = new ArrayList<>();
			view.levers().forEach(l -> findings.getOrDefault(l, List.of()).forEach(d -> open.add(finding(d))));
			if (!open.isEmpty()) {
				page.heading(2, "Findings");
				page.bullets(open);
			}
			return page.markdown();
		}

		// ------------------------------------------------------------ helpers

		private void findings(Page page, EObject element) {
			findings(page, element, "Findings of validation");
		}

		private void findings(Page page, EObject element, String heading) {
			List<ModelDiagnostic> found = findings.getOrDefault(element, List.of());
			if (!found.isEmpty()) {
				page.heading(2, heading);
				page.bullets(found.stream().map(this::finding).toList());
			}
		}

		private String finding(ModelDiagnostic d) {
			// the file name only: the same model gives the same pages from whatever folder it is generated
			return d.severityName() + " " + text(d.ruleId()) + ": " + text(d.message()) + " (" + text(java.nio.file.Path.of(d.path()).getFileName().toString())
					+ ", line " + d.line() + ")";
		}

		private String bodyLink(Body body, String folder) {
			return link(body.getTitle(), folder + pageOf(body));
		}

		/** A link to a party's body page, from a page in a bodies/ subfolder (its title alone when the body has no page here). */
		private String partyLink(Party party) {
			String page = pageOf(bodyOf(party));
			return page == null ? text(titleOf(party)) : link(titleOf(party), page);
		}

		/** A link to a party's body page, from a top-level page. */
		private String partyLinkFromTop(Party party) {
			String page = pageOf(bodyOf(party));
			return page == null ? text(titleOf(party)) : link(titleOf(party), "bodies/" + page);
		}

		private String instrumentLink(Instrument instrument, String prefix) {
			return instrument.eIsProxy() ? "" : link(instrument.getTitle(), prefix + "instruments.md");
		}

		private String kind(SolutionKind kind) {
			return kind == null || kind.eIsProxy() ? "" : text(kind.getTitle());
		}

		private String optional(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, String prefix) {
			Object value = Stated.value(object, feature);
			return value == null ? "" : prefix + value;
		}

		private String stated(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
			Object value = Stated.value(object, feature);
			return value == null ? "" : value.toString();
		}
	}
}
