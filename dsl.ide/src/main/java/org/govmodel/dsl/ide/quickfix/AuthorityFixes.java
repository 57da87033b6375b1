package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__ANSWERS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__RANK;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__CHAIR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__MEMBERS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__TITLE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.govModel.Accountability;
import org.govmodel.dsl.govModel.Appointment;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.BudgetKind;
import org.govmodel.dsl.govModel.Degree;
import org.govmodel.dsl.govModel.Rank;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.AuthorityRules;
import org.govmodel.dsl.validation.rules.AuthorityRules.BoardChair;
import org.govmodel.dsl.validation.rules.AuthorityRules.Cio;
import org.govmodel.dsl.validation.rules.AuthorityRules.DesignatingBody;
import org.govmodel.dsl.validation.rules.AuthorityRules.RequiredRank;
import org.govmodel.dsl.validation.rules.AutonomyAspect;
import org.govmodel.dsl.validation.rules.AutonomyRules;
import org.govmodel.dsl.validation.rules.AutonomyRules.UnstatedAspects;

/** Fixes of the CIO, the CTO, governing boards and the lead agency's autonomy. */
final class AuthorityFixes {

	/** What each unstated autonomy aspect becomes: the strongest statement, for the modeller to tone down. */
	private static final Map<AutonomyAspect, String> STRONGEST = new EnumMap<>(Map.of(
			AutonomyAspect.INDEPENDENCE, Degree.FULL.getLiteral(),
			AutonomyAspect.APPOINTMENT, Appointment.MERIT.getLiteral(),
			AutonomyAspect.BUDGET, BudgetKind.OWN.getLiteral() + " protected",
			AutonomyAspect.TRANSPARENCY, Accountability.AUDITED.getLiteral()));

	private AuthorityFixes() {
	}

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(AuthorityRules.NO_CIO, DesignatingBody.class, (site, data) -> container(site, Body.class)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-001"), site.edits().addLast(body, "cio " + site.inserted("cio") + " rank " + Rank.UNDERSECRETARY.getLiteral())))),
				RuleFix.of(AuthorityRules.CIO_RANK, RequiredRank.class, AuthorityFixes::raiseCioRank),
				RuleFix.of(AuthorityRules.NO_CTO, DesignatingBody.class, (site, data) -> container(site, Body.class)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-003"), site.edits().addLast(body, "cto " + site.inserted("cto"))))),
				RuleFix.of(AuthorityRules.CTO_NOT_UNDER_CIO, Cio.class, AuthorityFixes::answerToCio),
				RuleFix.of(AuthorityRules.BOARD_WITHOUT_CHAIR, BoardChair.class, (site, data) -> container(site, Board.class).filter(board -> data.name() != null)
						.flatMap(board -> Fix.of(site.title("GOV-AUTH-005", "chair", data.name()), site.edits().addFirst(board, "chair " + data.name())))),
				RuleFix.of(AuthorityRules.CHAIR_NOT_MEMBER, BoardChair.class, (site, data) -> addChairToMembers(site)),
				RuleFix.of(AuthorityRules.NO_GOVERNING_BOARD, BoardChair.class, (site, data) -> container(site, Body.class).filter(body -> data.name() != null)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-008", "chair", data.name()),
								site.edits().addLast(body, "board {\nchair " + data.name() + "\nmembers " + data.name() + "\n}")))),
				RuleFix.of(AutonomyRules.ASPECTS_UNSTATED, UnstatedAspects.class, AuthorityFixes::stateAutonomy));
	}

	/** GOV-AUTH-002: the rank the data names, replacing a lower rank. */
	private static Optional<Fix> raiseCioRank(Site site, RequiredRank data) {
		if (data.rank() == null) {
			return Optional.empty();
		}
		String rank = data.rank().getLiteral();
		return container(site, Authority.class).flatMap(cio -> (cio.eIsSet(AUTHORITY__RANK) && !NodeModelUtils.findNodesForFeature(cio, AUTHORITY__RANK).isEmpty()
				? site.edits().replace(cio, AUTHORITY__RANK, rank)
				: site.edits().appendTo(cio, PARTY__TITLE, " rank " + rank))
				.flatMap(edit -> Fix.of(site.title("GOV-AUTH-002", "rank", rank), edit)));
	}

	/** GOV-AUTH-004: the CTO answers to the CIO. */
	private static Optional<Fix> answerToCio(Site site, Cio data) {
		String cio = data.name();
		return container(site, Authority.class).filter(cto -> cio != null).flatMap(cto -> (cto.getAnswersTo() != null
				? site.edits().replace(cto, AUTHORITY__ANSWERS_TO, cio)
				: site.edits().appendTo(cto, PARTY__TITLE, " answers to " + cio))
				.flatMap(edit -> Fix.of(site.title("GOV-AUTH-004", "cio", cio), edit)));
	}

	/** GOV-AUTH-006: the chair, as the board writes it, joins the members. */
	private static Optional<Fix> addChairToMembers(Site site) {
		return container(site, Board.class).flatMap(board -> site.edits().firstNode(board, BOARD__CHAIR)
				.map(NodeModelUtils::getTokenText)
				.flatMap(chair -> site.edits().appendTo(board, BOARD__MEMBERS, ", " + chair)
						.flatMap(edit -> Fix.of(site.title("GOV-AUTH-006", "chair", chair), edit))));
	}

	/** GOV-AUTO-001: the unstated aspects' clauses, each opened by its keyword in the grammar, in an autonomy block. */
	private static Optional<Fix> stateAutonomy(Site site, UnstatedAspects data) {
		List<String> clauses = data.aspects().stream().map(aspect -> aspect.keyword(site.grammar()) + " " + STRONGEST.get(aspect)).toList();
		String aspects = data.aspects().stream().map(aspect -> aspect.keyword(site.grammar())).collect(Collectors.joining(", "));
		return container(site, Body.class).filter(body -> !clauses.isEmpty()).flatMap(body -> Fix.of(site.title("GOV-AUTO-001", "aspects", aspects),
				body.getAutonomy() != null
						? site.edits().addFirst(body.getAutonomy(), clauses.toArray(String[]::new))
						: site.edits().addFirst(body, "autonomy {\n" + String.join("\n", clauses) + "\n}")));
	}

	private static <T extends EObject> Optional<T> container(Site site, Class<T> type) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(site.element(), type));
	}
}
