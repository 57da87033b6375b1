package org.govmodel.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.parser.DepthLimitedParser;
import org.govmodel.dsl.tests.ModelDump;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Parsing again only the changed region must give the model a whole parse of
 * the new text gives: the same elements, attributes and resolved references,
 * the same syntax and linking errors at the same places. Checked on every
 * bundled example for edits spread over the whole file (typing, deleting,
 * breaking and mending a line), each applied and then undone on the same
 * resource, as an editor does.
 */
class ChangedRegionReparseTest {

	private static Injector injector;

	private static ModelDump dump;

	private static XtextResourceSet wholeParses;

	@BeforeAll
	static void setUp() {
		injector = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
		dump = injector.getInstance(ModelDump.class);
	}

	@Test
	void editsAllOverEachExampleGiveWhatAWholeParseGives() throws IOException {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
			examples = files.filter(file -> file.toString().endsWith(".govmodel")).sorted().toList();
		}
		assertTrue(examples.size() >= 3, "the bundled examples: " + examples);
		int partial = 0;
		for (Path example : examples) {
			String text = Files.readString(example);
			XtextResource edited = load(text);
			for (String newText : editsOf(text)) {
				ICompositeNode rootBefore = edited.getParseResult().getRootNode();
				ChangedRegionReparse.reparse(edited, newText);
				assertSameModel(parsedWhole(newText), edited, example.getFileName() + " after an edit");
				if (edited.getParseResult().getRootNode() == rootBefore) {
					partial++;
				}
				ChangedRegionReparse.reparse(edited, text);
				assertSameModel(parsedWhole(text), edited, example.getFileName() + " after the edit was undone");
			}
		}
		assertTrue(partial > 100, "most edits of a title or a name are parsed partially (the root node is kept): " + partial);
	}

	@Test
	void typingInATitleKeepsTheRestOfTheParse() throws IOException {
		String text = "namespace t\ninstitution a \"Agency\" ministry public\ninstitution b \"Board\" ministry public within a\n";
		XtextResource resource = load(text);
		EObject agency = resource.getContents().get(0).eContents().get(0);
		ChangedRegionReparse.reparse(resource, text.replace("\"Board\"", "\"Boards\""));
		assertSame(agency, resource.getContents().get(0).eContents().get(0), "the unchanged institution is the same object");
		assertSameModel(load(text.replace("\"Board\"", "\"Boards\"")), resource, "after typing");
	}

	@Test
	void aBraceOrAQuoteIsParsedWhole() throws IOException {
		String text = "namespace t\ninstitution a \"Agency\" ministry public\n";
		for (String newText : List.of(text + "unit u \"U\" {\n", text.replace("\"Agency\"", "\"Age\"ncy\""), text + "// note\n")) {
			XtextResource resource = load(text);
			ICompositeNode before = resource.getParseResult().getRootNode();
			ChangedRegionReparse.reparse(resource, newText);
			assertNotSame(before, resource.getParseResult().getRootNode(), "parsed whole: " + newText);
			assertSameModel(load(newText), resource, newText);
		}
	}

	@Test
	void aFileNestedTooDeeplyStaysReportedAfterAnEdit() throws IOException {
		StringBuilder deep = new StringBuilder("namespace t\ninstitution a \"Agency\" ministry public {\n");
		for (int i = 0; i <= DepthLimitedParser.MAX_DEPTH; i++) {
			deep.append("unit u").append(i).append(" \"U\" {\n");
		}
		deep.append("}\n".repeat(DepthLimitedParser.MAX_DEPTH + 2));
		String text = deep.toString();
		XtextResource resource = load(text);
		ChangedRegionReparse.reparse(resource, text.replace("\"U\"", "\"V\""));
		assertTrue(resource.getParseResult() instanceof DepthLimitedParser.Result, "the depth limit is still checked");
		assertSameModel(load(text.replace("\"U\"", "\"V\"")), resource, "after an edit inside the deep blocks");
	}

	/** Edits spread over the text: a letter typed, a character deleted, a line broken, a word retyped. */
	private static List<String> editsOf(String text) {
		List<String> edits = new ArrayList<>();
		int step = Math.max(1, text.length() / 40);
		for (int offset = 0; offset < text.length(); offset += step) {
			edits.add(text.substring(0, offset) + "x" + text.substring(offset));
			edits.add(text.substring(0, offset) + text.substring(offset + 1));
			edits.add(text.substring(0, offset) + "\n" + text.substring(offset));
			edits.add(text.substring(0, offset) + " ministry " + text.substring(offset));
		}
		return edits;
	}

	/** The text parsed whole, in a resource set of its own with the library (a new one for each edited resource, one shared for the expected ones). */
	private static XtextResource load(String text) throws IOException {
		return load(newResourceSet(), text, "memory:/edited.govmodel");
	}

	private static XtextResource parsedWhole(String text) throws IOException {
		if (wholeParses == null) {
			wholeParses = newResourceSet();
		}
		Resource previous = wholeParses.getResource(URI.createURI("memory:/whole.govmodel"), false);
		if (previous != null) {
			previous.unload();
			wholeParses.getResources().remove(previous);
		}
		return load(wholeParses, text, "memory:/whole.govmodel");
	}

	private static XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		injector.getInstance(StandardLibrary.class).loadInto(resourceSet);
		return resourceSet;
	}

	private static XtextResource load(XtextResourceSet resourceSet, String text, String uri) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI(uri));
		resource.load(new StringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
		return resource;
	}

	private static void assertSameModel(XtextResource expected, XtextResource actual, String what) {
		EcoreUtil.resolveAll(expected);
		EcoreUtil.resolveAll(actual);
		assertEquals(expected.getParseResult().getRootNode().getText(), actual.getParseResult().getRootNode().getText(), what);
		assertEquals(dumpOf(expected), dumpOf(actual), what);
		assertEquals(problems(expected.getErrors()), problems(actual.getErrors()), what + ": errors");
	}

	private static String dumpOf(XtextResource resource) {
		return resource.getContents().isEmpty() ? "" : dump.of(resource.getContents().get(0));
	}

	private static String problems(List<Resource.Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).sorted().collect(Collectors.joining("\n"));
	}
}
