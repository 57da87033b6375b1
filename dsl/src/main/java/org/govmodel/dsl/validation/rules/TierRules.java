package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__FORM;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__MEMBERS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__REPORTS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__SECTOR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.JURISDICTION__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.TIER_DEFINITION__FORM;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.Characteristic;
import org.govmodel.dsl.govModel.InstrumentKind;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.SocietySector;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.util.Stated;

/** The three governance tiers: each designated, in the right form, the strategic one broad and backed by law. */
public class TierRules extends RuleFamily {

	private static final String JURISDICTION = "jurisdiction land \"Land\" country\n";

	public static final Rule STRATEGIC_MISSING = Rule.define("GOV-TIER-001", Severity.WARNING, "A strategic governance body is designated")
			.because("Without a body that sets priorities and commits resources across sectors, the strategy has no owner; the variable that scores the tier's designation (the library's `designation`) stays at its lowest.")
			.guide("Chapter II.A (strategic governance); table IV.2, variable 1.1.1")
			.bad(1, JURISDICTION + "directive institution sec \"Secretariat\" secretariat")
			.good(JURISDICTION + "strategic group council \"Council\"\ndirective institution sec \"Secretariat\" secretariat")
			.quickFix("adds a `strategic group` declaration", MissingTier.class)
			.build();

	public static final Rule DIRECTIVE_MISSING = Rule.define("GOV-TIER-002", Severity.WARNING, "A directive governance body is designated")
			.because("The lead agency sets the regulatory framework and builds the pillars of the cross-cutting solutions; without it the variable that scores the tier's designation stays at its lowest.")
			.guide("Chapter II.B (directive governance); table IV.2, variable 1.2.1")
			.bad(1, JURISDICTION + "strategic group council \"Council\"")
			.good(JURISDICTION + "strategic group council \"Council\"\ndirective institution sec \"Secretariat\" secretariat")
			.quickFix("adds a `directive institution` declaration", MissingTier.class)
			.build();

	public static final Rule OPERATIONAL_MISSING = Rule.define("GOV-TIER-003", Severity.WARNING, "An operational governance body is designated")
			.because("Someone has to build, run and support the cross-cutting solutions; without an operational agency the variable that scores the tier's designation stays at its lowest.")
			.guide("Chapter II.C (operational governance); table IV.2, variable 1.3.1")
			.bad(1, JURISDICTION + "directive institution sec \"Secretariat\" secretariat")
			.good(JURISDICTION + "directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under sec\n}")
			.quickFix("adds an `operational institution` declaration", MissingTier.class)
			.build();

	public static final Rule GROUP_IN_EXECUTIVE_TIER = Rule.define("GOV-TIER-004", Severity.WARNING, "Governance bodies take their tier's form")
			.because("The library gives each tier the form of its bodies. Directing and operating need a permanent institution with staff and budget; a group of representatives cannot carry them.")
			.guide("Chapter II, table II.1 (form of each tier)")
			.bad(1, "directive group board \"Digital board\"")
			.good("directive institution board \"Digital secretariat\" secretariat")
			.quickFix("replaces `group` with the form the library gives the tier (data: that form)", TierForm.class)
			.build();

	public static final Rule STRATEGIC_NOT_MULTISECTORAL = Rule.define("GOV-TIER-005", Severity.WARNING, "The strategic body is multisectoral")
			.because("The strategic body aligns the public sector with the private sector, academia and civil society; members from a single sector cannot do that.")
			.guide("Chapter II.A (desirable characteristics of the strategic body)")
			.bad(4, "institution a \"Ministry A\" ministry public\ninstitution b \"Ministry B\" ministry public\nstrategic group council \"Council\" {\n    members a, b\n}")
			.good("institution a \"Ministry A\" ministry public\norganization c \"ICT chamber\" chamber private\nstrategic group council \"Council\" {\n    members a, c\n}")
			.build();

	public static final Rule STRATEGIC_WITHOUT_RANK = Rule.define("GOV-TIER-006", Severity.WARNING, "The strategic body has legal or constitutional rank")
			.because("Decisions of a body without legal standing bind no one; the guide asks for constitutional or legal rank.")
			.guide("Chapter II.A (desirable characteristics); table IV.2, variable 1.1.4")
			.bad(1, "strategic group council \"Council\"")
			.good("law act \"Digital Act\" year 2020\nstrategic group council \"Council\" {\n    established by act\n}")
			.build();

	public static final Rule DIRECTIVE_NOT_REPORTING_TO_STRATEGIC = Rule.define("GOV-TIER-007", Severity.WARNING, "The directive body reports to the strategic body")
			.because("The lead agency carries out the strategy the strategic body sets and answers to it for results; a lead agency that reports elsewhere leaves the strategy without an executor accountable to it.")
			.guide("Chapter II (hierarchy of the tiers); diagram IV.1")
			.bad(2, "strategic group council \"Council\"\ndirective institution sec \"Secretariat\" secretariat")
			.good("strategic group council \"Council\"\ndirective institution sec \"Secretariat\" secretariat {\n    reports to council\n}")
			.quickFix("adds `reports to` with the strategic body (data: its name, when there is one)", StrategicBody.class)
			.build();

	/** GOV-TIER-001/002/003's fix data: the tier without a body and the form the library gives its bodies (null when it gives none). */
	public record MissingTier(Tier tier, BodyForm form) implements FixData {
	}

	/** GOV-TIER-004's fix data: the form the library gives the body's tier. */
	public record TierForm(BodyForm form) implements FixData {
	}

	/** GOV-TIER-007's fix data: the one strategic body to report to, or null when there are several. */
	public record StrategicBody(String name) implements FixData {
	}

	private static final Set<InstrumentKind> RANK_GIVING = EnumSet.of(InstrumentKind.CONSTITUTION, InstrumentKind.LAW, InstrumentKind.DECREE);

	@Override
	public List<Rule> rules() {
		return List.of(STRATEGIC_MISSING, DIRECTIVE_MISSING, OPERATIONAL_MISSING, GROUP_IN_EXECUTIVE_TIER, STRATEGIC_NOT_MULTISECTORAL,
				STRATEGIC_WITHOUT_RANK, DIRECTIVE_NOT_REPORTING_TO_STRATEGIC);
	}

	@Check
	public void everyTierHasABody(Jurisdiction jurisdiction) {
		if (!isSubject(jurisdiction)) {
			return;
		}
		GovernanceView view = view(jurisdiction);
		checkTier(view, jurisdiction, Tier.STRATEGIC, STRATEGIC_MISSING);
		checkTier(view, jurisdiction, Tier.DIRECTIVE, DIRECTIVE_MISSING);
		checkTier(view, jurisdiction, Tier.OPERATIONAL, OPERATIONAL_MISSING);
	}

	private void checkTier(GovernanceView view, Jurisdiction jurisdiction, Tier tier, Rule rule) {
		if (!view.bodiesOfTier(tier).isEmpty()) {
			return;
		}
		Optional<TierDefinition> definition = view.definitionOf(tier);
		BodyForm form = definition.map(TierDefinition::getForm).filter(f -> Stated.isStated(definition.get(), TIER_DEFINITION__FORM)).orElse(null);
		String formWord = form == null ? "..." : form.getLiteral();
		String text = definition.map(TierDefinition::getDesignation).filter(v -> !v.eIsProxy())
				.map(v -> message(jurisdiction, rule.id() + ".measured", "variable", v.getName(), "title", titleOf(v), "form", formWord))
				.orElseGet(() -> message(jurisdiction, rule.id(), "form", formWord));
		report(rule, text, jurisdiction, JURISDICTION__NAME, new MissingTier(tier, form));
	}

	@Check
	public void directiveReportsToStrategic(Body body) {
		if (!body.getTiers().contains(Tier.DIRECTIVE) || body.getTiers().contains(Tier.STRATEGIC) || (body.getReportsTo() != null && body.getReportsTo().eIsProxy())) {
			return;
		}
		List<Body> strategic = view(body).bodiesOfTier(Tier.STRATEGIC);
		Body superior = bodyOf(body.getReportsTo());
		if (strategic.isEmpty() || (superior != null && superior.getTiers().contains(Tier.STRATEGIC))) {
			return; // with no strategic body, GOV-TIER-001 reports the gap
		}
		StrategicBody data = new StrategicBody(strategic.size() == 1 ? nameOf(strategic.get(0)) : null);
		String fix = strategic.size() == 1 ? "named" : "unnamed";
		String target = strategic.size() == 1 ? nameOf(strategic.get(0)) : "";
		String text = superior == null ? message(body, "GOV-TIER-007.none", "body", describe(body), "fix", fix, "target", target)
				: message(body, "GOV-TIER-007", "body", describe(body), "superior", describe(superior), "fix", fix, "target", target);
		report(DIRECTIVE_NOT_REPORTING_TO_STRATEGIC, text, body, body.getReportsTo() == null ? PARTY__NAME : BODY__REPORTS_TO, data);
	}

	/** A group cannot hold a tier whose bodies the library says take another form (an institution, with staff and budget). */
	@Check
	public void bodiesTakeTheirTiersForm(Body body) {
		if (body.getForm() != BodyForm.GROUP) {
			return;
		}
		GovernanceView view = view(body);
		for (Tier tier : body.getTiers()) {
			Optional<TierDefinition> definition = view.definitionOf(tier).filter(d -> Stated.isStated(d, TIER_DEFINITION__FORM) && d.getForm() != BodyForm.GROUP);
			if (definition.isPresent()) {
				BodyForm form = definition.get().getForm();
				report(GROUP_IN_EXECUTIVE_TIER, message(body, "GOV-TIER-004", "body", describe(body), "tier", tier.getLiteral(), "form", form.getLiteral()),
						body, BODY__FORM, new TierForm(form));
				return;
			}
		}
	}

	@Check
	public void strategicBodyIsBroadAndBacked(Body body) {
		if (!body.getTiers().contains(Tier.STRATEGIC)) {
			return;
		}
		Set<SocietySector> sectors = body.getMembers().stream().map(RuleFamily::bodyOf).filter(Objects::nonNull)
				.map(b -> (SocietySector) stated(b, BODY__SECTOR)).filter(Objects::nonNull)
				.collect(Collectors.toSet());
		if (!body.getMembers().isEmpty() && sectors.size() < 2) {
			String text = sectors.isEmpty() ? message(body, "GOV-TIER-005.unstated", "body", describe(body))
					: message(body, "GOV-TIER-005", "body", describe(body), "sector", sectors.iterator().next().getLiteral(), "sectorText", word(body, sectors.iterator().next()));
			report(STRATEGIC_NOT_MULTISECTORAL, text, body, BODY__MEMBERS);
		}
		boolean ranked = body.getCharacteristics().contains(Characteristic.LEGAL_RANK) || body.getCharacteristics().contains(Characteristic.CONSTITUTIONAL_RANK)
				|| body.getEstablishedBy().stream().anyMatch(i -> !i.eIsProxy() && RANK_GIVING.contains(i.getKind()));
		if (!ranked) {
			report(STRATEGIC_WITHOUT_RANK, message(body, "GOV-TIER-006", "body", describe(body)),
					body, PARTY__NAME);
		}
	}
}
