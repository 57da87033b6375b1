package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__ANSWERS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__RANK;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__ROLE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTHORITY__TERM;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__APPOINTMENT_TERM;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__CHAIR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__KIND;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.AuthorityRole;
import org.govmodel.dsl.govModel.Autonomy;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.JurisdictionLevel;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.BoardKind;
import org.govmodel.dsl.govModel.Rank;
import org.govmodel.dsl.govModel.Tier;

/** CIO, CTO, governing boards and the length of appointments. */
public class AuthorityRules extends RuleFamily {

	public static final Rule NO_CIO = Rule.define("GOV-AUTH-001", Severity.WARNING, "The directive tier designates a CIO")
			.because("A chief information officer at the directive tier is the person accountable for the digital-government portfolio.")
			.guide("Chapter II.B (authorities: CIO)")
			.bad(1, "directive institution sec \"Secretariat\" secretariat")
			.good("directive institution sec \"Secretariat\" secretariat {\n    cio \"Secretary for Digital Government\" rank undersecretary\n}")
			.quickFix("adds a `cio` line to the body (data: the body's name)", DesignatingBody.class)
			.build();

	public static final Rule CIO_RANK = Rule.define("GOV-AUTH-002", Severity.WARNING, "The CIO has high rank")
			.because("The CIO must sit with the ministers to coordinate them: the guide asks for the rank of minister or under-secretary (in a municipality, whose cabinet is made of secretaries, a secretary).")
			.guide("Chapter II.B (authorities: CIO)")
			.bad(2, "directive institution sec \"Secretariat\" secretariat {\n    cio \"Head of IT\" rank manager\n}")
			.good("directive institution sec \"Secretariat\" secretariat {\n    cio \"Secretary for Digital Government\" rank undersecretary\n}")
			.quickFix("sets `rank undersecretary`", RequiredRank.class)
			.build();

	public static final Rule NO_CTO = Rule.define("GOV-AUTH-003", Severity.WARNING, "The operational tier designates a CTO")
			.because("A chief technology officer runs the portfolio approved at the strategic tier, under the CIO's authority.")
			.guide("Chapter II.C (authorities: CTO)")
			.bad(1, "operational institution agency \"Agency\" agency")
			.good("operational institution agency \"Agency\" agency {\n    cto \"Chief Technology Officer\"\n}")
			.quickFix("adds a `cto` line to the body (data: the body's name)", DesignatingBody.class)
			.build();

	public static final Rule CTO_NOT_UNDER_CIO = Rule.define("GOV-AUTH-004", Severity.WARNING, "The CTO answers to the CIO")
			.because("The CTO executes under the CIO's authority; a CTO answering to someone else splits the chain of command.")
			.guide("Chapter II.C (authorities: CTO)")
			.bad(5, "directive institution sec \"Secretariat\" secretariat {\n    cio \"CIO\" rank undersecretary\n}\noperational institution agency \"Agency\" agency {\n    cto \"CTO\"\n}")
			.good("directive institution sec \"Secretariat\" secretariat {\n    cio \"CIO\" rank undersecretary\n}\noperational institution agency \"Agency\" agency {\n    cto \"CTO\" answers to sec.cio\n}")
			.quickFix("adds `answers to` with the CIO (data: the CIO's name)", Cio.class)
			.build();

	public static final Rule BOARD_WITHOUT_CHAIR = Rule.define("GOV-AUTH-005", Severity.WARNING, "A governing board has a chair")
			.because("A board without a chair has no one to convene it or to answer for its decisions.")
			.guide("Chapter II.C (governing board of the operational agency)")
			.bad(3, "institution minFin \"Finance\" ministry\noperational institution agency \"Agency\" agency {\n    board {\n        members minFin\n    }\n}")
			.good("institution minFin \"Finance\" ministry\noperational institution agency \"Agency\" agency {\n    board {\n        chair minFin\n        members minFin\n    }\n}")
			.quickFix("adds `chair` with the first member (data: its name)", BoardChair.class)
			.build();

	public static final Rule CHAIR_NOT_MEMBER = Rule.define("GOV-AUTH-006", Severity.WARNING, "A board's chair is one of its members")
			.because("The chair presides over the board's members; one who is not a member cannot vote or speak for the board.")
			.guide("Chapter II.C (governing board: chaired by one of its ministers)")
			.bad(5, "institution minCyT \"Science\" ministry\ninstitution minFin \"Finance\" ministry\noperational institution agency \"Agency\" agency {\n    board {\n        chair minCyT\n        members minFin\n    }\n}")
			.good("institution minCyT \"Science\" ministry\ninstitution minFin \"Finance\" ministry\noperational institution agency \"Agency\" agency {\n    board {\n        chair minCyT\n        members minCyT, minFin\n    }\n}")
			.quickFix("adds the chair to the members (data: the chair's name)", BoardChair.class)
			.build();

	public static final Rule SHORT_TERM = Rule.define("GOV-AUTH-007", Severity.WARNING, "Appointments outlast the administration")
			.because("Terms no longer than an administration let every new government replace the digital leadership; the guide ties autonomy to terms longer than any one administration, so a term equal to it is not enough.")
			.guide("Chapter II.B (autonomy of the lead agency: merit-based appointment and term)")
			.bad(6, "jurisdiction land \"Land\" country {\n    administration term 4 years\n}\ndirective institution sec \"Secretariat\" secretariat {\n    autonomy {\n        appointment merit term 4 years\n    }\n}")
			.good("jurisdiction land \"Land\" country {\n    administration term 4 years\n}\ndirective institution sec \"Secretariat\" secretariat {\n    autonomy {\n        appointment merit term 6 years\n    }\n}")
			.build();

	public static final Rule NO_GOVERNING_BOARD = Rule.define("GOV-AUTH-008", Severity.WARNING, "The operational agency has a governing board")
			.because("A board on which the ministries it serves sit steers the operational agency, approves its plans and keeps it accountable to the government as a whole.")
			.guide("Chapter II.C (the operational agency and its governing board)")
			.bad(2, "directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under sec\n}")
			.good("directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under sec\n    board {\n        chair sec\n        members sec\n    }\n}")
			.quickFix("adds a `board` chaired by the directive body, its first member (data: the directive body's name, when there is one)", BoardChair.class)
			.build();

	private static final Set<Rank> HIGH_RANKS = EnumSet.of(Rank.PRESIDENT, Rank.MINISTER, Rank.VICE_MINISTER, Rank.UNDERSECRETARY);

	/** GOV-AUTH-001/003's fix data: the body that lacks the authority. */
	public record DesignatingBody(String name) implements FixData {
	}

	/** GOV-AUTH-002's fix data: the rank the fix gives the CIO. */
	public record RequiredRank(Rank rank) implements FixData {
	}

	/** GOV-AUTH-004's fix data: the one CIO for the CTO to answer to, or null when there are several. */
	public record Cio(String name) implements FixData {
	}

	/** GOV-AUTH-005/006/008's fix data: the party to chair the board (GOV-AUTH-006: its chair), or null when none is evident. */
	public record BoardChair(String name) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(NO_CIO, CIO_RANK, NO_CTO, CTO_NOT_UNDER_CIO, BOARD_WITHOUT_CHAIR, CHAIR_NOT_MEMBER, SHORT_TERM, NO_GOVERNING_BOARD);
	}

	@Check
	public void tiersDesignateTheirAuthorities(Body body) {
		if (body.getTiers().contains(Tier.DIRECTIVE) && authorities(body, AuthorityRole.CIO).isEmpty()) {
			report(NO_CIO, message(body, "GOV-AUTH-001", "body", describe(body)), body, PARTY__NAME, new DesignatingBody(nameOf(body)));
		}
		if (body.getTiers().contains(Tier.OPERATIONAL) && authorities(body, AuthorityRole.CTO).isEmpty()) {
			report(NO_CTO, message(body, "GOV-AUTH-003", "body", describe(body)), body, PARTY__NAME, new DesignatingBody(nameOf(body)));
		}
	}

	/** In a municipality the cabinet is made of secretaries: a secretary sits with them as a minister does nationally. */
	private boolean isMunicipal(Authority authority) {
		return view(authority).subject().filter(j -> j.getLevel() == JurisdictionLevel.MUNICIPALITY).isPresent();
	}

	private static List<Authority> authorities(Body body, AuthorityRole role) {
		return EcoreUtil2.eAllOfType(body, Authority.class).stream().filter(a -> a.getRole() == role).toList();
	}

	@Check
	public void cioRankAndCtoLine(Authority authority) {
		Body body = bodyOf(authority);
		if (authority.getRole() == AuthorityRole.CIO && body != null && body.getTiers().contains(Tier.DIRECTIVE)) {
			Rank rank = stated(authority, AUTHORITY__RANK);
			if (rank == null) {
				report(CIO_RANK, message(authority, "GOV-AUTH-002.unstated", "body", describe(body)), authority, AUTHORITY__ROLE, new RequiredRank(Rank.UNDERSECRETARY));
			} else if (!HIGH_RANKS.contains(rank) && !(rank == Rank.SECRETARY && isMunicipal(authority))) {
				report(CIO_RANK, message(authority, "GOV-AUTH-002", "body", describe(body), "rank", rank.getLiteral(), "rankText", word(authority, rank)),
						authority, AUTHORITY__RANK, new RequiredRank(Rank.UNDERSECRETARY));
			}
		}
		if (authority.getRole() == AuthorityRole.CTO && body != null && body.getTiers().contains(Tier.OPERATIONAL)) {
			Authority superior = authority.getAnswersTo() instanceof Authority a ? a : null;
			if (superior == null || superior.getRole() != AuthorityRole.CIO) {
				List<Authority> cios = view(authority).bodiesOfTier(Tier.DIRECTIVE).stream().flatMap(b -> authorities(b, AuthorityRole.CIO).stream()).toList();
				String fix = cios.size() == 1 ? "named" : "unnamed";
				String target = cios.size() == 1 ? nameOf(cios.get(0)) : "";
				Cio data = new Cio(cios.size() == 1 ? nameOf(cios.get(0)) : null);
				report(CTO_NOT_UNDER_CIO, message(authority, "GOV-AUTH-004", "body", describe(body), "fix", fix, "target", target), authority,
						authority.getAnswersTo() == null ? AUTHORITY__ROLE : AUTHORITY__ANSWERS_TO, data);
			}
		}
	}

	@Check
	public void operationalAgencyHasABoard(Body body) {
		if (!body.getTiers().contains(Tier.OPERATIONAL) || body.getForm() == BodyForm.GROUP || body.getBoards().stream().anyMatch(b -> b.getKind() == BoardKind.BOARD)) {
			return;
		}
		List<Body> directive = view(body).bodiesOfTier(Tier.DIRECTIVE).stream().filter(d -> d != body).toList();
		BoardChair data = new BoardChair(directive.size() == 1 ? nameOf(directive.get(0)) : null);
		report(NO_GOVERNING_BOARD, message(body, "GOV-AUTH-008", "body", describe(body)),
				body, PARTY__NAME, data);
	}

	@Check
	public void boardHasAChairAmongItsMembers(Board board) {
		if (board.getChair() == null) {
			BoardChair data = new BoardChair(board.getMembers().isEmpty() ? null : nameOf(board.getMembers().get(0)));
			report(BOARD_WITHOUT_CHAIR, message(board, "GOV-AUTH-005", "board", board.getKind().getLiteral(), "boardText", word(board, board.getKind()), "body", describe(bodyOf(board))),
					board, BOARD__KIND, data);
		} else if (!board.getChair().eIsProxy() && !board.getMembers().isEmpty() && !board.getMembers().contains(board.getChair())) {
			report(CHAIR_NOT_MEMBER, message(board, "GOV-AUTH-006", "chair", describe(board.getChair()), "board", board.getKind().getLiteral(), "boardText", word(board, board.getKind())),
					board, BOARD__CHAIR, new BoardChair(nameOf(board.getChair())));
		}
	}

	private static Body bodyOf(Board board) {
		return EcoreUtil2.getContainerOfType(board, Body.class);
	}

	@Check
	public void authorityTermOutlastsAdministration(Authority authority) {
		Integer term = stated(authority, AUTHORITY__TERM);
		view(authority).administrationTerm().filter(admin -> term != null && term <= admin).ifPresent(admin -> report(SHORT_TERM,
				message(authority, term.equals(admin) ? "GOV-AUTH-007.post.equal" : "GOV-AUTH-007.post", "authority", describe(authority), "term", term, "administration", admin),
				authority, AUTHORITY__TERM));
	}

	@Check
	public void appointmentTermOutlastsAdministration(Autonomy autonomy) {
		Integer term = stated(autonomy, AUTONOMY__APPOINTMENT_TERM);
		view(autonomy).administrationTerm().filter(admin -> term != null && term <= admin).ifPresent(admin -> report(SHORT_TERM,
				message(autonomy, term.equals(admin) ? "GOV-AUTH-007.appointments.equal" : "GOV-AUTH-007.appointments", "body", describe(autonomy.eContainer()), "term", term,
						"administration", admin),
				autonomy, AUTONOMY__APPOINTMENT_TERM));
	}

}
