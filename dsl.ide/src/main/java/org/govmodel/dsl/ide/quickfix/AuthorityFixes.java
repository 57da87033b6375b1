package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__ANSWERS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__RANK;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__CHAIR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__MEMBERS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__TITLE;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Rank;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.AuthorityRules;
import org.govmodel.dsl.validation.rules.AutonomyRules;

/** Fixes of the CIO, the CTO, governing boards and the lead agency's autonomy. */
final class AuthorityFixes {

	/** What each autonomy aspect the rule names becomes: the strongest statement, for the modeller to tone down. */
	private static final List<List<String>> AUTONOMY_CLAUSES = List.of(
			List.of("operational-independence", "operational-independence full"),
			List.of("appointment", "appointment merit"),
			List.of("budget", "budget own protected"),
			List.of("transparency", "transparency audited"));

	private AuthorityFixes() {
	}

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(AuthorityRules.NO_CIO.id(), site -> container(site, Body.class)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-001"), site.edits().addLast(body, "cio " + site.inserted("cio") + " rank " + Rank.UNDERSECRETARY.getLiteral())))),
				RuleFix.of(AuthorityRules.CIO_RANK.id(), AuthorityFixes::raiseCioRank),
				RuleFix.of(AuthorityRules.NO_CTO.id(), site -> container(site, Body.class)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-003"), site.edits().addLast(body, "cto " + site.inserted("cto"))))),
				RuleFix.of(AuthorityRules.CTO_NOT_UNDER_CIO.id(), AuthorityFixes::answerToCio),
				RuleFix.of(AuthorityRules.BOARD_WITHOUT_CHAIR.id(), site -> container(site, Board.class).filter(board -> site.datum(0) != null)
						.flatMap(board -> Fix.of(site.title("GOV-AUTH-005", "chair", site.datum(0)), site.edits().addFirst(board, "chair " + site.datum(0))))),
				RuleFix.of(AuthorityRules.CHAIR_NOT_MEMBER.id(), AuthorityFixes::addChairToMembers),
				RuleFix.of(AuthorityRules.NO_GOVERNING_BOARD.id(), site -> container(site, Body.class).filter(body -> site.datum(0) != null)
						.flatMap(body -> Fix.of(site.title("GOV-AUTH-008", "chair", site.datum(0)),
								site.edits().addLast(body, "board {\n    chair " + site.datum(0) + "\n    members " + site.datum(0) + "\n}")))),
				RuleFix.of(AutonomyRules.ASPECTS_UNSTATED.id(), AuthorityFixes::stateAutonomy));
	}

	/** GOV-AUTH-002: rank undersecretary, replacing a lower rank. */
	private static Optional<Fix> raiseCioRank(Site site) {
		String rank = Rank.UNDERSECRETARY.getLiteral();
		return container(site, Authority.class).flatMap(cio -> (cio.eIsSet(AUTHORITY__RANK) && !NodeModelUtils.findNodesForFeature(cio, AUTHORITY__RANK).isEmpty()
				? site.edits().replace(cio, AUTHORITY__RANK, rank)
				: site.edits().appendTo(cio, PARTY__TITLE, " rank " + rank))
				.flatMap(edit -> Fix.of(site.title("GOV-AUTH-002", "rank", rank), edit)));
	}

	/** GOV-AUTH-004 (data: the CIO): the CTO answers to it. */
	private static Optional<Fix> answerToCio(Site site) {
		String cio = site.datum(0);
		return container(site, Authority.class).filter(cto -> cio != null).flatMap(cto -> (cto.getAnswersTo() != null
				? site.edits().replace(cto, AUTHORITY__ANSWERS_TO, cio)
				: site.edits().appendTo(cto, PARTY__TITLE, " answers to " + cio))
				.flatMap(edit -> Fix.of(site.title("GOV-AUTH-004", "cio", cio), edit)));
	}

	/** GOV-AUTH-006 (data: the chair): the chair joins the members. */
	private static Optional<Fix> addChairToMembers(Site site) {
		return container(site, Board.class).flatMap(board -> site.edits().firstNode(board, BOARD__CHAIR)
				.map(NodeModelUtils::getTokenText)
				.flatMap(chair -> site.edits().appendTo(board, BOARD__MEMBERS, ", " + chair)
						.flatMap(edit -> Fix.of(site.title("GOV-AUTH-006", "chair", chair), edit))));
	}

	/** GOV-AUTO-001 (data: the unstated aspects): the missing clauses, in an autonomy block. */
	private static Optional<Fix> stateAutonomy(Site site) {
		List<String> clauses = AUTONOMY_CLAUSES.stream().filter(aspect -> site.data().contains(aspect.get(0))).map(aspect -> aspect.get(1)).toList();
		return container(site, Body.class).filter(body -> !clauses.isEmpty()).flatMap(body -> Fix.of(site.title("GOV-AUTO-001", "aspects", String.join(", ", site.data())),
				body.getAutonomy() != null
						? site.edits().addFirst(body.getAutonomy(), clauses.toArray(String[]::new))
						: site.edits().addFirst(body, "autonomy {\n    " + String.join("\n    ", clauses) + "\n}")));
	}

	private static <T extends EObject> Optional<T> container(Site site, Class<T> type) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(site.element(), type));
	}
}
