package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.validation.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * {@link ModelLoader#validate(LoadedModels)} checks the files on every core: it must report exactly what checking
 * them one after the other on one thread reports (the way it did before), in the same order, for models whose rules
 * look across files (a jurisdiction split over several files, duplicate names, the benchmark's synthetic national
 * model) and for broken ones (syntax errors, names that do not resolve).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ParallelCheckingTest {

	@Inject
	private ModelLoader loader;

	@Inject
	private GovernanceViews views;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ParallelChecking parallelChecking;

	@TempDir
	Path folder;

	@Test
	void theExamplesGetTheSameDiagnostics() throws Exception {
		assertSameAsOneByOne(ModelFiles.collect(List.of(Path.of("../examples"))), 5);
	}

	@Test
	void jurisdictionsSplitOverFilesGetTheSameDiagnostics() throws Exception {
		assertSameAsOneByOne(ModelFiles.collect(List.of(Path.of("src/test/resources/good-corpus"))), 0);
	}

	@Test
	void filesDeclaringTheSameNamesGetTheSameDiagnostics() throws Exception {
		List<Path> files = new ArrayList<>(ModelFiles.collect(List.of(Path.of("../examples"))));
		files.addAll(ModelFiles.collect(List.of(Path.of("src/test/resources/org/govmodel/dsl/fuzz/ModelFuzzTestInputs/parseLinkValidate"))));
		assertSameAsOneByOne(files, 20);
	}

	@Test
	void aSyntheticNationalModelGetsTheSameDiagnostics() throws Exception {
		assertSameAsOneByOne(synthetic(3000), 300);
	}

	@Test
	void aBrokenSyntheticModelGetsTheSameDiagnostics() throws Exception {
		List<Path> files = synthetic(3000);
		// the law every file names, declared by the first, renamed: the other files' references to it do not resolve
		Path first = files.get(0);
		Files.writeString(first, Files.readString(first, StandardCharsets.UTF_8).replace("law base ", "law renamed "), StandardCharsets.UTF_8);
		// the middle file cut in half: syntax errors
		Path middle = files.get(1);
		String text = Files.readString(middle, StandardCharsets.UTF_8);
		Files.writeString(middle, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		List<ModelDiagnostic> diagnostics = assertSameAsOneByOne(files, 150);
		assertTrue(diagnostics.stream().anyMatch(d -> d.ruleId().equals("GOV-SYNTAX-001")), "the cut file has a syntax error");
		assertTrue(diagnostics.stream().anyMatch(d -> d.ruleId().equals("GOV-LINK-001") && d.path().equals(ModelFiles.display(files.get(2)))),
				"the last file names the renamed law");
	}

	/**
	 * A resource set loaded without the loader (so without its name index) gets the index before its files are
	 * linked on every core: without it the scopes would describe other files on demand, from several threads.
	 */
	@Test
	void aResourceSetWithoutTheIndexGetsItBeforeTheThreads() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		new StandardLibrary().loadInto(resourceSet);
		for (Path file : synthetic(3000)) {
			resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		}
		parallelChecking.prepare(resourceSet);
		assertNotNull(ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet));
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).isEmpty(), "every reference resolved");
	}

	/**
	 * {@link ModelLoader#load} parses the files on every core: each file's parse (its elements, their attributes, the
	 * syntax errors) is the one of that file parsed on its own on this thread.
	 */
	@Test
	void filesParsedOnEveryCoreAreParsedAsOneByOne() throws Exception {
		List<Path> files = synthetic(3000);
		Path middle = files.get(1);
		String text = Files.readString(middle, StandardCharsets.UTF_8);
		Files.writeString(middle, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		LoadedModels models = loader.load(files);
		assertEquals(files.size(), models.files().size());
		for (LoadedModels.ModelFile file : models.files()) {
			XtextResourceSet alone = resourceSets.get();
			Resource single = alone.getResource(URI.createFileURI(file.path().toAbsolutePath().normalize().toString()), true);
			assertEquals(leaves(single), leaves(file.resource()), file.display());
			assertEquals(single.getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList(),
					file.resource().getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList(), file.display());
		}
		assertTrue(models.files().get(1).resource().getErrors().size() > 0, "the cut file has syntax errors");
	}

	/** Each token of the parse: where it is, its text, what grammar element read it and into which kind of element. */
	private static List<String> leaves(Resource resource) {
		List<String> leaves = new ArrayList<>();
		for (ILeafNode leaf : ((XtextResource) resource).getParseResult().getRootNode().getLeafNodes()) {
			leaves.add(leaf.getTotalOffset() + " " + leaf.getText() + " " + EcoreUtil.getURI(leaf.getGrammarElement()).fragment() + " "
					+ (leaf.getSemanticElement() == null ? "-" : leaf.getSemanticElement().eClass().getName()));
		}
		return leaves;
	}

	/**
	 * Services attach their adapters to the resource set on first use (the rule settings, the diagnostics'
	 * language, the governance views' cache), and checks on other threads look them up at the same time: walking
	 * the adapter list while another thread adds to it once threw ConcurrentModificationException. Here one
	 * thread keeps detaching the rule settings and the language (under the list's lock, as attaching does) and
	 * attaching them again through the services, while this thread looks all three up as the rules do.
	 */
	@Test
	void servicesAttachingThemselvesWhileOthersLookThemUpDoNotRace() throws Exception {
		LoadedModels models = loader.load(ModelFiles.collect(List.of(Path.of("../examples"))));
		ResourceSet resourceSet = models.resourceSet();
		Model model = models.files().get(0).model();
		AtomicBoolean done = new AtomicBoolean();
		ExecutorService churn = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> attached = churn.submit(() -> {
				int rounds = 0;
				while (!done.get()) {
					synchronized (resourceSet.eAdapters()) {
						resourceSet.eAdapters().removeIf(adapter -> adapter instanceof RuleSettings || adapter instanceof DiagnosticLanguage);
					}
					RuleSettings.of(resourceSet);
					DiagnosticLanguage.set(resourceSet, Language.EN);
					rounds++;
				}
				return rounds;
			});
			for (int i = 0; i < 200_000; i++) {
				assertNotNull(views.viewOf(model));
				assertNotNull(RuleSettings.of(resourceSet));
				assertEquals(Language.EN, DiagnosticLanguage.of(resourceSet));
			}
			done.set(true);
			assertTrue(attached.get(60, TimeUnit.SECONDS) > 100, "the adapters were attached again and again meanwhile");
		} finally {
			done.set(true);
			churn.shutdownNow();
		}
	}

	/** The files' diagnostics as {@link ModelLoader#check} reports them, after asserting they are those of one-by-one checking. */
	private List<ModelDiagnostic> assertSameAsOneByOne(List<Path> files, int atLeast) {
		List<ModelDiagnostic> parallel = loader.check(files, List.of()).diagnostics();

		LoadedModels models = loader.load(files);
		List<ModelDiagnostic> oneByOne = new ArrayList<>(loader.configure(models, List.of()));
		oneByOne.addAll(models.unreadable());
		for (LoadedModels.ModelFile file : models.files()) {
			oneByOne.addAll(loader.validate(file));
		}
		oneByOne.sort(ModelDiagnostic.BY_LOCATION);

		assertTrue(parallel.size() >= atLeast, "the models give findings to compare: " + parallel.size());
		assertEquals(lines(oneByOne), lines(parallel));
		return parallel;
	}

	/** Every field of each diagnostic, one line each. */
	private static List<String> lines(List<ModelDiagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.toLine() + " | " + d.length() + " | " + Arrays.toString(d.data()) + " | " + d.element()).toList();
	}

	/** The benchmark's synthetic model (bench/SyntheticModel.java) of that many institutions, 1,000 per file. */
	private List<Path> synthetic(int institutions) throws Exception {
		Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
		Process process = new ProcessBuilder(java.toString(), Path.of("../bench/SyntheticModel.java").toString(), String.valueOf(institutions),
				folder.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the synthetic model is written");
		assertEquals(0, process.exitValue(), output);
		List<Path> files = ModelFiles.collect(List.of(folder));
		assertEquals(institutions / 1000, files.size());
		return files;
	}
}
