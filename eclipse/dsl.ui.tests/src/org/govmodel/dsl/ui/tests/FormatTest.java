package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Format (Ctrl+Shift+F) rewrites a model in the canonical layout of the language's formatter. */
class FormatTest {

	private static final String COMMAND = "org.govmodel.dsl.ui.format";

	@Test
	void theFormatCommandRestoresTheCanonicalLayoutOfTheStarterExample() throws Exception {
		String canonical = example("starter.govmodel");
		String messy = canonical.replace("\n    ", "\n\t  ").replace(" \"Republic of Example\" ", "   \"Republic of Example\"   ");
		assertNotEquals(canonical, messy);
		IFile file = create(examples(), "messy.govmodel", messy);
		ITextEditor editor = open(file);

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);

		assertEquals(canonical, document(editor).get());
		assertTrue(editor.isDirty(), "formatting is an edit the user saves (or undoes)");
	}

	@Test
	void ctrlShiftFInAGovModelEditorRunsFormat() throws Exception {
		open(examples().getFile("starter.govmodel"));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+F"));
		assertNotNull(binding, "Ctrl+Shift+F does nothing in the editor");
		assertEquals(COMMAND, binding.getParameterizedCommand().getId());
		assertEquals("org.eclipse.ui.genericeditor.genericEditorContext", binding.getContextId());
	}
}
