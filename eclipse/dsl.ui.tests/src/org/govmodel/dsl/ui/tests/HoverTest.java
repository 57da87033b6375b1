package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.hover.GovModelTextHover;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hovers: documentation comments, and the library's title of a framework variable. */
class HoverTest {

	private ITextEditor editor;

	private String content;

	@BeforeEach
	void setUp() throws Exception {
		IFile file = examples().getFile("cordoba-2023.govmodel");
		editor = open(file);
		content = document(editor).get();
	}

	@Test
	void aReferenceShowsTheDocumentationOfWhatItNames() {
		String hover = hoverAt(content.indexOf("reports to secGD") + "reports to ".length() + 1);
		assertNotNull(hover);
		assertTrue(hover.contains("The lead agency: sets standards and directs the digital-government process."), hover);
	}

	@Test
	void aVariableCodeShowsTheLibrarysTitle() {
		String hover = hoverAt(content.indexOf("    1.1.1 = 2") + 5);
		assertNotNull(hover);
		assertTrue(hover.startsWith("1.1.1 "), hover);
		assertTrue(!hover.contains("**"), "Markdown emphasis is not shown raw: " + hover);
	}

	@Test
	void aKeywordHasNoHover() {
		String hover = hoverAt(content.indexOf("jurisdiction argentina") + 2);
		assertTrue(hover == null, hover);
	}

	private String hoverAt(int offset) {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		GovModelTextHover hover = new GovModelTextHover();
		return hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset));
	}
}
