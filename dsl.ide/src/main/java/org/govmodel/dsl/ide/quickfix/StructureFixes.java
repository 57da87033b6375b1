package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__FORM;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__REPORTS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__UNDER;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__TITLE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.InstitutionType;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.LineRules;
import org.govmodel.dsl.validation.rules.LineRules.DirectiveBody;
import org.govmodel.dsl.validation.rules.SegregationRules;
import org.govmodel.dsl.validation.rules.TierRules;
import org.govmodel.dsl.validation.rules.TierRules.MissingTier;
import org.govmodel.dsl.validation.rules.TierRules.StrategicBody;
import org.govmodel.dsl.validation.rules.TierRules.TierForm;

/** Fixes of the three tiers, the line of authority and functional segregation. */
final class StructureFixes {

	private StructureFixes() {
	}

	/** How a fix names and titles a new body of each tier (its form comes from the library, through the fix data). */
	private record NewBody(String name, String title, InstitutionType type) {
	}

	private static final Map<Tier, NewBody> NEW_BODIES = new EnumMap<>(Map.of(
			Tier.STRATEGIC, new NewBody("digitalCouncil", "council", InstitutionType.COUNCIL),
			Tier.DIRECTIVE, new NewBody("digitalSecretariat", "secretariat", InstitutionType.SECRETARIAT),
			Tier.OPERATIONAL, new NewBody("digitalAgency", "agency", InstitutionType.AGENCY)));

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(TierRules.STRATEGIC_MISSING, MissingTier.class, StructureFixes::declareBody),
				RuleFix.of(TierRules.DIRECTIVE_MISSING, MissingTier.class, StructureFixes::declareBody),
				RuleFix.of(TierRules.OPERATIONAL_MISSING, MissingTier.class, StructureFixes::declareBody),
				RuleFix.of(TierRules.GROUP_IN_EXECUTIVE_TIER, TierForm.class, (site, data) -> body(site).filter(b -> data.form() != null)
						.flatMap(body -> site.edits().replace(body, BODY__FORM, data.form().getLiteral()))
						.flatMap(edit -> Fix.of(site.title("GOV-TIER-004", "form", data.form().getLiteral()), edit))),
				RuleFix.of(LineRules.OPERATIONAL_NOT_UNDER_DIRECTIVE, DirectiveBody.class, (site, data) -> lineTo(site, data.name(), BODY__UNDER, "under", "GOV-LINE-001")),
				RuleFix.of(TierRules.DIRECTIVE_NOT_REPORTING_TO_STRATEGIC, StrategicBody.class,
						(site, data) -> lineTo(site, data.name(), BODY__REPORTS_TO, "reports to", "GOV-TIER-007")),
				RuleFix.of(SegregationRules.NOT_SEGREGATED, StructureFixes::segregate));
	}

	/**
	 * GOV-TIER-001/002/003: a new body of the missing tier, in the form the library gives the tier (an institution with
	 * a type), after the file's last body (or its jurisdiction).
	 */
	private static Optional<Fix> declareBody(Site site, MissingTier data) {
		Model model = EcoreUtil2.getContainerOfType(site.element(), Model.class);
		if (model == null || model.getElements().isEmpty() || data.tier() == null || data.form() == null) {
			return Optional.empty();
		}
		NewBody body = NEW_BODIES.get(data.tier());
		EObject anchor = model.getElements().stream().filter(Body.class::isInstance).reduce((a, b) -> b).orElse(model.getElements().get(0));
		String declaration = data.tier().getLiteral() + " " + data.form().getLiteral() + " " + site.names().free(body.name());
		String type = data.form() == BodyForm.INSTITUTION ? " " + body.type().getLiteral() : "";
		return Fix.of(site.title("GOV-TIER-001", "declaration", declaration), site.edits().addAfter(anchor, declaration + " " + site.inserted(body.title()) + type));
	}

	/** GOV-LINE-001, GOV-TIER-007: a line of authority to the superior the data names: the existing clause re-pointed, or a new clause. */
	private static Optional<Fix> lineTo(Site site, String superior, EReference line, String keyword, String titleKey) {
		return body(site).filter(b -> superior != null).flatMap(body -> {
			TextEdit edit = body.eGet(line) != null ? site.edits().replace(body, line, superior).orElse(null) : site.edits().addFirst(body, keyword + " " + superior);
			return edit == null ? Optional.empty() : Fix.of(site.title(titleKey, "superior", superior), edit);
		});
	}

	/** GOV-SEG-001: two units that serve nothing yet get a tier each, or two such units are added. */
	private static Optional<Fix> segregate(Site site) {
		return body(site).flatMap(body -> {
			List<Unit> free = body.getUnits().stream().filter(u -> u.getTiers().isEmpty()).toList();
			List<TextEdit> edits = new ArrayList<>();
			if (free.size() >= 2) {
				site.edits().appendTo(free.get(0), PARTY__TITLE, " serves " + Tier.DIRECTIVE.getLiteral()).ifPresent(edits::add);
				site.edits().appendTo(free.get(1), PARTY__TITLE, " serves " + Tier.OPERATIONAL.getLiteral()).ifPresent(edits::add);
				return edits.size() == 2 ? Optional.of(new Fix(site.title("GOV-SEG-001", "directive", free.get(0).getName(), "operational", free.get(1).getName()), edits)) : Optional.empty();
			}
			String policy = site.names().free("policy");
			String operations = site.names().free("operations");
			return Fix.of(site.title("GOV-SEG-001.new"), site.edits().addLast(body,
					"unit " + policy + " " + site.inserted("policy") + " serves " + Tier.DIRECTIVE.getLiteral(),
					"unit " + operations + " " + site.inserted("operations") + " serves " + Tier.OPERATIONAL.getLiteral()));
		});
	}

	private static Optional<Body> body(Site site) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(site.element(), Body.class));
	}
}
