package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.navigation.GovModelHyperlinkDetector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ctrl+click on a reference opens its definition: in the same file, in another file, in the library. */
class NavigationTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = examples();
	}

	@Test
	void aReferenceLeadsToItsDeclarationInTheSameFile() throws Exception {
		ITextEditor editor = open(project.getFile("cordoba-2023.govmodel"));
		String content = document(editor).get();
		IHyperlink link = linkAt(editor, content.indexOf("reports to secGD") + "reports to ".length() + 2);
		assertEquals(content.indexOf("reports to secGD") + "reports to ".length(), link.getHyperlinkRegion().getOffset());
		link.open();
		processEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(content.indexOf("secGD \"Secretaría General"), selection.getOffset());
		assertEquals("secGD", selection.getText());
	}

	@Test
	void aReferenceLeadsIntoAnotherFileOfTheProject() throws Exception {
		IFile other = create(project, "other-province.govmodel", "institution partner \"Partner ministry\" ministry public within minCoord\n");
		ITextEditor editor = open(other);
		IHyperlink link = linkAt(editor, document(editor).get().indexOf("minCoord") + 1);
		link.open();
		processEvents();
		IEditorPart active = page().getActiveEditor();
		assertEquals("cordoba-2023.govmodel", active.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) active).getSelectionProvider().getSelection();
		assertEquals("minCoord", selection.getText());
	}

	@Test
	void aVariableCodeLeadsIntoTheLibrary() throws Exception {
		ITextEditor editor = open(project.getFile("cordoba-2023.govmodel"));
		IHyperlink link = linkAt(editor, document(editor).get().indexOf("    1.1.1 = 2") + 5);
		link.open();
		processEvents();
		ITextEditor library = (ITextEditor) page().getActiveEditor();
		assertEquals("eclac-maturity.govmodel", library.getEditorInput().getName());
		assertFalse(library.isEditable(), "the library is read-only");
		ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
		assertEquals("1.1.1", selection.getText());
		assertTrue(document(library).get().contains("variable 1.1.1 \"Lead strategic body\""));
	}

	@Test
	void aKeywordIsNoLink() throws Exception {
		ITextEditor editor = open(project.getFile("cordoba-2023.govmodel"));
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		int keyword = document(editor).get().indexOf("jurisdiction argentina");
		assertEquals(null, new GovModelHyperlinkDetector().detectHyperlinks(viewer, new Region(keyword, 0), false));
	}

	private static IHyperlink linkAt(ITextEditor editor, int offset) {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		IHyperlink[] links = new GovModelHyperlinkDetector().detectHyperlinks(viewer, new Region(offset, 0), false);
		assertNotNull(links, "no link at " + offset);
		return links[0];
	}
}
