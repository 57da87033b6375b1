package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Translation;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The standard library speaks Spanish and Portuguese: every titled item, with its description. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class LibraryTranslationsTest {

	private static final List<Language> TRANSLATED = List.of(Language.ES, Language.PT);

	@Inject
	private StandardLibrary library;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private LocalizedTitles titles;

	@Inject
	private IQualifiedNameProvider names;

	private final List<EObject> titled = new ArrayList<>();

	@BeforeEach
	void load() {
		XtextResourceSet resourceSet = resourceSets.get();
		library.loadInto(resourceSet);
		for (Resource resource : resourceSet.getResources()) {
			for (EObject object : EcoreUtil2.eAllOfType(resource.getContents().get(0), EObject.class)) {
				if (object.eClass().getEStructuralFeature("title") != null && !(object instanceof Translation)) {
					titled.add(object);
				}
			}
		}
	}

	@Test
	void everyTitledItemHasASpanishAndAPortugueseTitleAndDescription() {
		List<String> missing = new ArrayList<>();
		for (EObject item : titled) {
			for (Language language : TRANSLATED) {
				String english = titles.title(item, Language.EN);
				if (!titles.isTranslated(item, language) || titles.title(item, language).isBlank()) {
					missing.add(label(item) + ": no " + language.code() + " title");
					continue;
				}
				Optional<String> englishDescription = titles.description(item, Language.EN);
				Optional<String> translated = translatedDescription(item, language);
				if (englishDescription.isPresent() && translated.isEmpty()) {
					missing.add(label(item) + ": no " + language.code() + " description");
				}
				if (englishDescription.isPresent() && translated.isPresent()) {
					assertNotEquals(englishDescription.get(), translated.get(), label(item) + " " + language.code() + " description is the English one");
				}
				assertFalse(english.isBlank(), label(item));
			}
		}
		assertTrue(missing.isEmpty(), String.join("\n", missing));
	}

	@Test
	void theWholeLibraryIsCovered() {
		assertEquals(35, titled.stream().filter(Variable.class::isInstance).map(v -> names.getFullyQualifiedName(v).toString())
				.filter(n -> n.startsWith("eclac.")).count());
		assertEquals(8, titled.stream().filter(SolutionKind.class::isInstance).count());
		assertEquals(2, titled.stream().filter(Framework.class::isInstance).count());
		assertTrue(titled.size() > 100, "frameworks, levels, areas, components, variables, tiers, kinds and portfolios: " + titled.size());
	}

	@Test
	void reportsReadTheLibraryInSpanishAndPortuguese() {
		Variable leadBody = titled.stream().filter(Variable.class::isInstance).map(Variable.class::cast)
				.filter(v -> "eclac.maturity.1.1.1".equals(names.getFullyQualifiedName(v).toString())).findFirst().orElseThrow();
		assertEquals("Lead strategic body", titles.title(leadBody, Language.EN));
		assertEquals("Órgano estratégico rector", titles.title(leadBody, Language.ES));
		assertEquals("Órgão estratégico condutor", titles.title(leadBody, Language.PT));
		SolutionKind signature = titled.stream().filter(SolutionKind.class::isInstance).map(SolutionKind.class::cast)
				.filter(k -> k.getName().equals("digital-signature")).findFirst().orElseThrow();
		assertEquals("Firma digital", titles.title(signature, Language.ES));
		assertTrue(titles.description(signature, Language.PT).orElseThrow().startsWith("Assinaturas com validade jurídica"));
		assertTrue(titles.description(signature, Language.EN).orElseThrow().startsWith("Signatures with legal validity"),
				"English reads the documentation comment");
	}

	private static Optional<String> translatedDescription(EObject item, Language language) {
		EStructuralFeature feature = item.eClass().getEStructuralFeature("translations");
		if (feature == null) {
			return Optional.empty();
		}
		return ((List<?>) item.eGet(feature)).stream().map(Translation.class::cast).filter(t -> language.code().equals(t.getLanguage()))
				.map(Translation::getDescription).filter(d -> d != null && !d.isBlank()).findFirst();
	}

	private String label(EObject item) {
		var name = names.getFullyQualifiedName(item);
		return item.eClass().getName() + " " + (name == null ? item.toString() : name.toString());
	}
}
