package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__FORM;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__REPORTS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__UNDER;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.LineRules;
import org.govmodel.dsl.validation.rules.SegregationRules;
import org.govmodel.dsl.validation.rules.TierRules;

/** Fixes of the three tiers, the line of authority and functional segregation. */
final class StructureFixes {

	private StructureFixes() {
	}

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(TierRules.STRATEGIC_MISSING.id(), site -> declareBody(site, "strategic group %s %s", "council", "digitalCouncil")),
				RuleFix.of(TierRules.DIRECTIVE_MISSING.id(), site -> declareBody(site, "directive institution %s %s secretariat", "secretariat", "digitalSecretariat")),
				RuleFix.of(TierRules.OPERATIONAL_MISSING.id(), site -> declareBody(site, "operational institution %s %s agency", "agency", "digitalAgency")),
				RuleFix.of(TierRules.GROUP_IN_EXECUTIVE_TIER.id(), site -> body(site)
						.flatMap(body -> site.edits().replace(body, BODY__FORM, "institution"))
						.flatMap(edit -> Fix.of(site.title("GOV-TIER-004"), edit))),
				RuleFix.of(LineRules.OPERATIONAL_NOT_UNDER_DIRECTIVE.id(), StructureFixes::putUnderDirective),
				RuleFix.of(TierRules.DIRECTIVE_NOT_REPORTING_TO_STRATEGIC.id(), StructureFixes::reportToStrategic),
				RuleFix.of(SegregationRules.NOT_SEGREGATED.id(), StructureFixes::segregate));
	}

	/** GOV-TIER-001/002/003: a new body of the missing tier after the file's last body (or its jurisdiction). */
	/** @param declaration the declaration with the name's and the title's places; {@code title} the key of the title it inserts */
	private static Optional<Fix> declareBody(Site site, String declaration, String title, String name) {
		Model model = EcoreUtil2.getContainerOfType(site.element(), Model.class);
		if (model == null || model.getElements().isEmpty()) {
			return Optional.empty();
		}
		EObject anchor = model.getElements().stream().filter(Body.class::isInstance).reduce((a, b) -> b).orElse(model.getElements().get(0));
		String text = String.format(Locale.ROOT, declaration, site.names().free(name), site.inserted(title));
		return Fix.of(site.title("GOV-TIER-001", "declaration", text.substring(0, text.indexOf('"')).strip()), site.edits().addAfter(anchor, text));
	}

	/** GOV-LINE-001 (data: the directive body): {@code under} names it. */
	private static Optional<Fix> putUnderDirective(Site site) {
		return lineTo(site, BODY__UNDER, "under", "GOV-LINE-001");
	}

	/** GOV-TIER-007 (data: the strategic body): {@code reports to} names it. */
	private static Optional<Fix> reportToStrategic(Site site) {
		return lineTo(site, BODY__REPORTS_TO, "reports to", "GOV-TIER-007");
	}

	/** A line of authority from the body to the one named by the fix data: the existing clause re-pointed, or a new clause. */
	private static Optional<Fix> lineTo(Site site, EReference line, String keyword, String titleKey) {
		String superior = site.datum(0);
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
				site.edits().appendTo(free.get(0), PARTY__TITLE, " serves directive").ifPresent(edits::add);
				site.edits().appendTo(free.get(1), PARTY__TITLE, " serves operational").ifPresent(edits::add);
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
