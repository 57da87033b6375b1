package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.govmodel.dsl.ui.outline.GovModelOutlinePage;
import org.junit.jupiter.api.Test;

/** The Outline view shows the model's elements, follows edits and reveals what is selected. */
class OutlineTest {

	@Test
	void theOutlineListsTheElementsFollowsEditsAndRevealsTheSelection() throws Exception {
		ITextEditor editor = open(examples().getFile("cordoba-2023.govmodel"));
		ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		processEvents();
		GovModelOutlinePage outline = assertInstanceOf(GovModelOutlinePage.class, view.getCurrentPage());
		waitUntil("the outline", () -> names(outline.symbols()).contains("secGD"), () -> names(outline.symbols()));
		List<String> names = names(outline.symbols());
		assertTrue(names.containsAll(List.of("argentina", "cordoba", "minCoord", "comision", "agencia", "cidi", "y2023")), names.toString());

		IDocument document = document(editor);
		document.replace(document.get().length(), 0, "\ninstitution addedLater \"Added later\" ministry public\n");
		waitUntil("the outline to follow the edit", () -> names(outline.symbols()).contains("addedLater"), () -> names(outline.symbols()));

		DocumentSymbol agencia = outline.symbols().stream().filter(s -> s.getName().equals("agencia")).findFirst().orElseThrow();
		outline.setSelection(new StructuredSelection(agencia));
		processEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("agencia", selection.getText());
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().map(DocumentSymbol::getName).toList();
	}
}
