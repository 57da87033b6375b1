package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.govModel.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every construct of the language parses and its references link (models/all-constructs.govmodel). */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ParsingAndLinkingTest {

	@Inject
	private TestModels models;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IEObjectDocumentationProvider documentation;

	private Model model;

	static String resource(String path) {
		try (InputStream in = ParsingAndLinkingTest.class.getResourceAsStream("/" + path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@BeforeEach
	void parse() {
		model = models.parseOne(resource("models/all-constructs.govmodel"));
	}

	private <T extends EObject> T named(Class<T> type, String qualifiedName) {
		return EcoreUtil2.eAllOfType(model, type).stream()
				.filter(e -> names.getFullyQualifiedName(e) != null && names.getFullyQualifiedName(e).toString().equals(qualifiedName))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + qualifiedName));
	}

	private String qn(EObject object) {
		assertFalse(object.eIsProxy(), "unresolved reference " + object);
		return names.getFullyQualifiedName(object).toString();
	}

	@Test
	void theWholeModelParsesAndLinksWithoutErrors() {
		models.assertNoErrors(model);
		assertEquals("testland", model.getName());
		assertEquals("eclac.*", model.getImports().get(0).getImportedNamespace());
	}

	@Test
	void jurisdictionHeader() {
		Jurisdiction north = named(Jurisdiction.class, "testland.north");
		assertEquals("Northern Province", north.getTitle());
		assertEquals(JurisdictionLevel.PROVINCE, north.getLevel());
		assertEquals("testland.federation", qn(north.getParent()));
		assertEquals(StrategyApproach.PEOPLE_DRIVEN, north.getStrategy());
		assertEquals(List.of(Principle.values()), north.getPrinciples());
		assertEquals(5, north.getAdministrationTerm());
		assertEquals("A test province.", documentation.getDocumentation(north));
	}

	@Test
	void institutionsAndOrganizations() {
		Body minFin = named(Body.class, "testland.minFin");
		assertEquals(BodyForm.INSTITUTION, minFin.getForm());
		assertEquals(InstitutionType.MINISTRY, minFin.getType());
		assertEquals(SocietySector.PUBLIC, minFin.getSector());
		assertEquals("eclac.finance", qn(minFin.getPortfolio()), "library portfolios resolve without import");
		assertEquals("testland.digital-affairs", qn(named(Body.class, "testland.minDigital").getPortfolio()));
		assertEquals("Treasury", minFin.getUnits().get(0).getTitle());
		Body idb = named(Body.class, "testland.idb");
		assertEquals(BodyForm.ORGANIZATION, idb.getForm());
		assertEquals(InstitutionType.INTERNATIONAL_ORGANIZATION, idb.getType());
		assertEquals(SocietySector.INTERNATIONAL, idb.getSector());
		assertEquals(SocietySector.CIVIL_SOCIETY, named(Body.class, "testland.ngo").getSector());
	}

	@Test
	void legalInstruments() {
		Instrument act = named(Instrument.class, "testland.digitalAct");
		assertEquals(InstrumentKind.LAW, act.getKind());
		assertEquals("7/2020", act.getNumber());
		assertEquals(2020, act.getYear());
		assertEquals("2020-03-15", act.getDate());
		assertEquals("testland.presidency", qn(act.getIssuer()));
		Instrument old = named(Instrument.class, "testland.oldDecree");
		assertTrue(old.isRepealed());
		assertSame(act, old.getRepealedBy());
		assertEquals(2020, old.getRepealedIn());
		assertSame(act, named(Instrument.class, "testland.interopRes").getAmends().get(0));
		assertEquals(InstrumentKind.TECHNICAL_STANDARD, named(Instrument.class, "testland.dataStd").getKind());
		assertEquals(InstrumentKind.CONSTITUTION, named(Instrument.class, "testland.const").getKind());
	}

	@Test
	void strategicGroup() {
		Body council = named(Body.class, "testland.council");
		assertEquals(List.of(Tier.STRATEGIC), council.getTiers());
		assertEquals(BodyForm.GROUP, council.getForm());
		assertEquals("testland.presidency", qn(council.getChair()));
		assertEquals(6, council.getMembers().size());
		assertEquals(List.of("testland.digitalAct", "testland.const"), council.getEstablishedBy().stream().map(this::qn).toList());
		assertEquals(List.of(Characteristic.values()), council.getCharacteristics());
		assertTrue(council.getPowers().contains(Power.BROKER_AGREEMENTS));
	}

	@Test
	void bodyWithTwoTiersUnitsAuthoritiesAndBoards() {
		Body sec = named(Body.class, "testland.digitalSec");
		assertEquals(List.of(Tier.DIRECTIVE, Tier.OPERATIONAL), sec.getTiers());
		assertEquals("testland.minDigital", qn(sec.getHost()));
		assertEquals("testland.council", qn(sec.getReportsTo()));
		assertEquals("testland.council", qn(sec.getUnder()));
		assertEquals(List.of(CoreArea.values()), sec.getCoreAreas());
		assertEquals("testland.eid", qn(sec.getUses().get(0)));

		Autonomy autonomy = sec.getAutonomy();
		assertEquals(Degree.PARTIAL, autonomy.getIndependence());
		assertEquals(Appointment.MERIT, autonomy.getAppointment());
		assertEquals(6, autonomy.getAppointmentTerm());
		assertEquals(BudgetKind.OWN, autonomy.getBudget());
		assertTrue(autonomy.isProtected());
		assertEquals(3, autonomy.getTransparency().size());

		Unit policy = named(Unit.class, "testland.digitalSec.policy");
		assertEquals(List.of(Tier.DIRECTIVE), policy.getTiers());
		assertEquals(Rank.DIRECTOR, named(Authority.class, "testland.digitalSec.policy.policyHead").getRank());
		named(Unit.class, "testland.digitalSec.ops.identity");

		Authority cio = named(Authority.class, "testland.digitalSec.cio");
		assertNull(cio.getName(), "an unnamed authority is known by its role");
		assertEquals(AuthorityRole.CIO, cio.getRole());
		assertEquals(Rank.UNDERSECRETARY, cio.getRank());
		assertEquals("A. Person", cio.getHolder());
		assertEquals(Appointment.POLITICAL, cio.getAppointment());
		assertEquals(4, cio.getTerm());
		Authority cto = named(Authority.class, "testland.digitalSec.cto");
		assertSame(cio, cto.getAnswersTo());
		assertSame(cto, named(Authority.class, "testland.digitalSec.security").getAnswersTo());
		assertEquals(AuthorityRole.CDO, named(Authority.class, "testland.digitalSec.cdo").getRole());

		Board board = named(Board.class, "testland.digitalSec.board");
		assertEquals(BoardKind.BOARD, board.getKind());
		assertEquals("testland.digitalSec.minister", qn(board.getChair()));
		assertEquals(3, board.getMembers().size());
		Board advisors = named(Board.class, "testland.digitalSec.advisors");
		assertEquals(BoardKind.ADVISORY_COUNCIL, advisors.getKind());
		assertEquals("Advisory Council", advisors.getTitle());
	}

	@Test
	void solutionsAndSectors() {
		SolutionKind openData = named(SolutionKind.class, "testland.open-data");
		assertEquals("eclac.interoperability", qn(openData.getRequires().get(0)));
		Solution eid = named(Solution.class, "testland.eid");
		assertEquals("eclac.digital-identity", qn(eid.getKind()));
		assertEquals("testland.digitalSec.ops.identity", qn(eid.getOwner()));
		assertEquals(2, eid.getLegalBasis().size());
		assertEquals(Status.OPERATIONAL, eid.getStatus());
		assertEquals(2021, eid.getSince());
		Solution xroad = named(Solution.class, "testland.xroad");
		assertEquals(List.of(InteropLayer.LEGAL, InteropLayer.ORGANIZATIONAL, InteropLayer.SEMANTIC, InteropLayer.TECHNICAL),
				xroad.getLayers().stream().map(LayerState::getLayer).toList());
		assertEquals(LayerMaturity.ABSENT, xroad.getLayers().get(3).getState());
		assertEquals(List.of("testland.eid", "testland.xroad"), named(Solution.class, "testland.onestop").getRequires().stream().map(this::qn).toList());
		Sector health = named(Sector.class, "testland.health");
		assertEquals(2, health.getUses().size());
		assertEquals("testland.minFin", qn(health.getInstitutions().get(0)));
		Service records = health.getServices().get(0);
		assertEquals("testland.minFin", qn(records.getProvider()));
		assertEquals(Status.PILOT, records.getStatus());
	}

	@Test
	void projectsAndLevers() {
		Project rollout = named(Project.class, "testland.eidRollout");
		assertEquals("testland.digitalSec", qn(rollout.getOwner()));
		assertEquals("testland.eid", qn(rollout.getDelivers()));
		assertEquals(new BigDecimal("1250000.50"), rollout.getBudget());
		assertEquals("EUR", rollout.getCurrency());
		assertEquals("2024-01", rollout.getStart());
		assertEquals("2025-06-30", rollout.getEnd());
		assertEquals(ProjectStatus.RUNNING, rollout.getStatus());
		assertTrue(rollout.getMilestones().get(0).isDone());
		Indicator users = rollout.getIndicators().get(0);
		assertEquals("people", users.getUnit());
		assertEquals(new BigDecimal("500000"), users.getTarget());
		assertEquals(2025, users.getTargetYear());
		assertEquals("eclac.digital-domicile", qn(named(Project.class, "testland.domicile").getDelivers()),
				"a project may deliver a solution kind not yet declared as a solution");

		Lever award = named(Lever.class, "testland.award");
		assertEquals(LeverKind.INCENTIVE, award.getKind());
		assertEquals(Audience.INSTITUTIONS, award.getAudience());
		assertEquals(LeverType.RECOGNITION, award.getType());
		assertEquals(LeverKind.PENALTY, named(Lever.class, "testland.sanction").getKind());
		assertEquals(Audience.PUBLIC, named(Lever.class, "testland.benefits").getAudience());
	}

	@Test
	void frameworkWithScaleLevelsAndWeights() {
		Framework mini = named(Framework.class, "testland.mini");
		assertEquals(new BigDecimal("0"), mini.getScale().getMin());
		assertEquals(new BigDecimal("1.5"), mini.getScale().getMax());
		assertEquals("none", mini.getScale().getLevels().get(0).getName());
		assertEquals(Aggregation.WEIGHTED_MEAN, mini.getAggregation());
		Variable v = named(Variable.class, "testland.mini.1.1.1");
		assertEquals("What it measures.", v.getDescription());
		assertEquals(new BigDecimal("3"), v.getWeight());
		assertEquals(new BigDecimal("0.5"), named(Component.class, "testland.mini.1.1").getWeight());
		assertEquals(new BigDecimal("2"), named(Area.class, "testland.mini.1").getWeight());
	}

	@Test
	void assessmentScoresResolveCodesInTheirOwnFramework() {
		Assessment a = named(Assessment.class, "testland.a2023");
		assertEquals(2023, a.getYear());
		assertEquals("Team", a.getAssessor());
		assertEquals("testland.mini.1.1.1", qn(a.getScores().get(0).getVariable()));
		assertEquals(new BigDecimal("1.25"), a.getScores().get(0).getValue());
		assertEquals("Evidence.", a.getScores().get(0).getNote());
		assertTrue(a.getScores().get(1).isNotApplicable());
		Goal componentGoal = a.getTargets().get(0).getGoals().get(0);
		assertEquals("testland.mini.1.1", qn(componentGoal.getItem()));
		assertEquals(GoalOperator.AT_LEAST, componentGoal.getOperator());
		assertEquals(GoalOperator.EXACTLY, a.getTargets().get(0).getGoals().get(1).getOperator());

		Assessment eclac = named(Assessment.class, "testland.eclac2023");
		assertEquals("eclac.maturity.1.1.1", qn(eclac.getScores().get(0).getVariable()),
				"the same code resolves in the ECLAC framework for an ECLAC assessment");
		TierDefinition tier = EcoreUtil2.eAllOfType(model, TierDefinition.class).get(0);
		assertEquals("eclac.maturity.1.1", qn(tier.getMeasuredBy()));
	}
}
