package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.formatting2.ModelTextFormatter;
import org.govmodel.dsl.govModel.Area;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Portfolio;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Titles and descriptions in other languages: written in the model, checked, laid out and read back per language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class TranslationsTest {

	/** A user's own framework, written in Spanish and translated into English and Portuguese. */
	private static final String SPANISH_FRAMEWORK = """
			namespace provincia

			/** Madurez de los servicios digitales de la provincia. */
			framework madurez "Madurez digital provincial" {
			    in en "Provincial digital maturity" "Maturity of the province's digital services."
			    in pt "Maturidade digital provincial"
			    scale 1 to 3 {
			        1 bajo "Bajo"
			            in en "Low"
			            in pt "Baixo"
			        2 medio "Medio"
			        3 alto "Alto"
			    }

			    area 1 "Servicios" {
			        in en "Services"
			        component 1.1 "Canales" {
			            variable 1.1.1 "Portal" "Un portal único de trámites." weight 2
			                in en "Portal" "A single portal for procedures."
			                in pt "Portal" "Um portal único de serviços."
			        }
			    }
			}
			""";

	@Inject
	private TestModels models;

	@Inject
	private LocalizedTitles titles;

	@Inject
	private ModelTextFormatter formatter;

	@Test
	void aUsersFrameworkReadsInEachLanguageAndFallsBackToTheWrittenText() {
		Model model = models.parseOne(SPANISH_FRAMEWORK);
		models.assertNoIssues(model);
		Framework framework = (Framework) model.getElements().get(0);
		assertEquals("Provincial digital maturity", titles.title(framework, Language.EN));
		assertEquals("Maturidade digital provincial", titles.title(framework, Language.PT));
		assertEquals("Madurez digital provincial", titles.title(framework, Language.ES), "the written title, in no translation");
		assertEquals(Optional.of("Maturity of the province's digital services."), titles.description(framework, Language.EN));
		assertEquals(Optional.of("Madurez de los servicios digitales de la provincia."), titles.description(framework, Language.PT),
				"a translation without a description keeps the written one (the documentation comment)");

		Level medio = framework.getScale().getLevels().get(1);
		assertEquals("Medio", titles.title(medio, Language.EN), "an untranslated level is shown as written");
		assertEquals("Low", titles.title(framework.getScale().getLevels().get(0), Language.EN));

		Variable portal = EcoreUtil2.eAllOfType(model, Variable.class).get(0);
		assertEquals(Optional.of("A single portal for procedures."), titles.description(portal, Language.EN));
		assertEquals(Optional.of("Un portal único de trámites."), titles.description(portal, Language.ES));
		Area area = framework.getAreas().get(0);
		assertEquals(Optional.empty(), titles.description(area, Language.EN));
		assertEquals("Servicios", titles.title(area, Language.PT));
	}

	@Test
	void tiersSolutionKindsAndPortfoliosTakeTranslationsAfterTheirHeading() {
		Model model = models.parseOne("""
				tier strategic "Strategic governance"
				    in es "Gobernanza estratégica" "Coordina."
				solution-kind pay "Payments" requires eclac.digital-identity
				    in pt "Pagamentos"
				portfolios {
				    water "Water"
				        in es "Agua"
				        in pt "Água"
				}
				""");
		models.assertNoErrors(model);
		TierDefinition tier = (TierDefinition) model.getElements().get(0);
		assertEquals("Gobernanza estratégica", titles.title(tier, Language.ES));
		assertEquals(Optional.of("Coordina."), titles.description(tier, Language.ES));
		assertEquals("Strategic governance", titles.title(tier, Language.PT));
		SolutionKind kind = (SolutionKind) model.getElements().get(1);
		assertEquals("Pagamentos", titles.title(kind, Language.PT));
		assertEquals(1, kind.getRequires().size(), "the requirement before the translation still links");
		Portfolio water = EcoreUtil2.eAllOfType(model, Portfolio.class).get(0);
		assertEquals("Água", titles.title(water, Language.PT));
		assertEquals("Agua", titles.title(water, Language.ES));
	}

	@Test
	void anUnknownLanguageIsAnErrorAtItsCodeListingTheLanguages() {
		Model model = models.parseOne("""
				framework f "Maturity" {
				    in fr "Maturité"
				    scale 1 to 4
				}
				""");
		List<Issue> errors = models.errors(model);
		assertEquals(1, errors.size(), models.describe(errors));
		Issue error = errors.get(0);
		assertEquals("GOV-LANG-001", error.getCode());
		assertEquals(2, error.getLineNumber());
		assertEquals(8, error.getColumn(), "at the code");
		assertEquals(2, error.getLength());
		assertTrue(error.getMessage().contains("'fr'") && error.getMessage().contains("en, es, pt"), error.getMessage());
	}

	@Test
	void aJurisdictionDeclaresItsReportLanguageAndAnUnknownOneIsAnError() {
		Model good = models.parseOne("jurisdiction cordoba \"Córdoba\" province {\n    language es\n}\n");
		models.assertNoErrors(good);
		Model bad = models.parseOne("jurisdiction cordoba \"Córdoba\" province {\n    language spanish\n}\n");
		List<Issue> errors = models.errors(bad);
		assertEquals(1, errors.size(), models.describe(errors));
		assertEquals("GOV-LANG-001", errors.get(0).getCode());
		assertEquals(2, errors.get(0).getLineNumber());
		assertTrue(errors.get(0).getMessage().contains("en, es, pt"), errors.get(0).getMessage());
	}

	@Test
	void theSameLanguageTwiceIsAnErrorAtTheSecondTranslation() {
		Model model = models.parseOne("""
				portfolios {
				    water "Water"
				        in es "Agua"
				        in pt "Água"
				        in es "Aguas"
				}
				""");
		List<Issue> errors = models.errors(model);
		assertEquals(1, errors.size(), models.describe(errors));
		assertEquals("GOV-LANG-002", errors.get(0).getCode());
		assertEquals(5, errors.get(0).getLineNumber());
		assertEquals(Severity.ERROR, errors.get(0).getSeverity());
		assertEquals("Agua", titles.title(EcoreUtil2.eAllOfType(model, Portfolio.class).get(0), Language.ES), "the first one is read");
	}

	@Test
	void translationsGetTheCanonicalLayout() {
		String messy = "framework f \"Maturity\" { in es \"Madurez\"   \"Grado.\"  in pt \"Maturidade\" scale 1 to 4 { 1 low \"Low\" in es \"Bajo\"\n"
				+ "in pt \"Baixo\" } area 1 \"A\" { in es \"Á\" component 1.1 \"C\" { variable 1.1.1 \"V\" \"D\" weight 2 in es \"Ve\" \"De\" } } }\n"
				+ "tier strategic \"S\" measured by f.1.1 in es \"E\" in pt \"E\"\n"
				+ "portfolios { water \"Water\" in es \"Agua\" sea \"Sea\" }";
		String expected = """
				framework f "Maturity" {
				    in es "Madurez" "Grado."
				    in pt "Maturidade"
				    scale 1 to 4 {
				        1 low "Low"
				            in es "Bajo"
				            in pt "Baixo"
				    }
				    area 1 "A" {
				        in es "Á"
				        component 1.1 "C" {
				            variable 1.1.1 "V" "D" weight 2
				                in es "Ve" "De"
				        }
				    }
				}
				tier strategic "S" measured by f.1.1
				    in es "E"
				    in pt "E"
				portfolios {
				    water "Water"
				        in es "Agua"
				    sea "Sea"
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected), "idempotent");
		assertEquals(SPANISH_FRAMEWORK, format(SPANISH_FRAMEWORK), "the documented layout is canonical");
	}

	private String format(String text) {
		Model model = models.parseOne(text);
		return formatter.format((XtextResource) model.eResource());
	}
}
