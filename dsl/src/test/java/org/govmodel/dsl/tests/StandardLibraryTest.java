package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.govmodel.dsl.govModel.Component;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.library.StandardLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The library shipped in dsl: complete, valid, and true to the ECLAC guide's structure. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class StandardLibraryTest {

	@Inject
	private StandardLibrary library;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;

	@BeforeEach
	void load() {
		resourceSet = resourceSets.get();
		library.loadInto(resourceSet);
	}

	private <T extends org.eclipse.emf.ecore.EObject> List<T> all(Class<T> type) {
		return resourceSet.getResources().stream()
				.flatMap(r -> EcoreUtil2.eAllOfType(r.getContents().get(0), type).stream())
				.collect(Collectors.toList());
	}

	private Framework framework(String name) {
		return all(Framework.class).stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void everyLibraryFileParsesLinksAndValidatesCleanly() {
		assertEquals(library.uris().size(), resourceSet.getResources().size());
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			var issues = validator.validate((XtextResource) resource, CheckMode.ALL, CancelIndicator.NullImpl);
			assertTrue(issues.isEmpty(), resource.getURI() + ": " + issues);
		}
	}

	@Test
	void theIndexListsExactlyTheLibraryFiles() throws IOException, URISyntaxException {
		Path folder = Path.of(StandardLibrary.class.getClassLoader().getResource(StandardLibrary.FOLDER).toURI());
		try (Stream<Path> files = Files.list(folder)) {
			List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".govmodel")).sorted().toList();
			List<String> indexed = StandardLibrary.indexEntries(StandardLibrary.class.getClassLoader()).stream().sorted().toList();
			assertEquals(onDisk, indexed);
		}
	}

	@Test
	void eclacFrameworkHasTheGuidesVariablesIn9ComponentsIn3Areas() {
		Framework maturity = framework("maturity");
		assertEquals("eclac", ((Model) maturity.eContainer()).getName());
		assertEquals(List.of("1", "2", "3"), maturity.getAreas().stream().map(a -> a.getName()).toList());
		List<Component> components = EcoreUtil2.eAllOfType(maturity, Component.class);
		assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"),
				components.stream().map(Component::getName).toList());
		Map<String, Integer> variablesPerComponent = components.stream()
				.collect(Collectors.toMap(Component::getName, c -> c.getVariables().size()));
		assertEquals(3, variablesPerComponent.get("2.3"));
		List<Variable> variables = EcoreUtil2.eAllOfType(maturity, Variable.class);
		// 4 variables per component except 2.3 with 3: 35 codes, as in the guide's tables IV.2-IV.4
		assertEquals(35, variables.size());
		for (Variable variable : variables) {
			Component component = (Component) variable.eContainer();
			assertTrue(variable.getName().startsWith(component.getName() + "."), variable.getName());
			assertTrue(variable.getDescription() != null && !variable.getDescription().isBlank(), variable.getName());
		}
		assertEquals(List.of("notPresent", "emerging", "intermediate", "advanced"),
				maturity.getScale().getLevels().stream().map(l -> l.getName()).toList());
	}

	@Test
	void eightSolutionKindsWithTheGuidesPrerequisites() {
		Map<String, List<String>> requires = all(SolutionKind.class).stream().collect(Collectors.toMap(SolutionKind::getName,
				k -> k.getRequires().stream().map(SolutionKind::getName).sorted().toList()));
		assertEquals(8, requires.size());
		assertEquals(List.of("digital-identity"), requires.get("digital-signature"));
		assertEquals(List.of("digital-identity"), requires.get("digital-domicile"));
		assertEquals(List.of("digital-identity", "interoperability"), requires.get("single-window"));
		assertEquals(List.of("interoperability"), requires.get("personal-files"));
		assertEquals(List.of(), requires.get("cybersecurity"));
	}

	@Test
	void eachTierIsMeasuredByItsGovernanceComponent() {
		Map<Tier, String> measuredBy = all(TierDefinition.class).stream()
				.collect(Collectors.toMap(TierDefinition::getTier, t -> t.getMeasuredBy() instanceof Component c ? c.getName() : "?"));
		assertEquals(Map.of(Tier.STRATEGIC, "1.1", Tier.DIRECTIVE, "1.2", Tier.OPERATIONAL, "1.3"), measuredBy);
	}

	@Test
	void aSecondFrameworkOnAnotherScale() {
		Framework egdi = framework("egdi");
		assertEquals(0, egdi.getScale().getMin().signum());
		assertEquals(1, egdi.getScale().getMax().intValueExact());
		assertEquals(3, egdi.getAreas().get(0).getComponents().size());
	}
}
