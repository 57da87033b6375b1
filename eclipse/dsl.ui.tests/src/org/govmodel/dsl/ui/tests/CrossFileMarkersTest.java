package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Regression for stale diagnostics across files, in Eclipse: a jurisdiction
 * declared in a.govmodel, its operational agency in b.govmodel; saving b
 * without the agency gives a its GOV-TIER-003 warning, saving it with the
 * agency again takes the warning away. The same holds while b is edited and
 * not saved: a follows b's editor as it is typed in.
 */
class CrossFileMarkersTest {

	private static final String AGENCY = "\noperational institution agency \"Agency\" agency {\n    under sec\n}\n";

	private IProject project;

	@AfterEach
	void tearDown() throws Exception {
		closeEditors();
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** A fresh project: the jurisdiction in a.govmodel (returned), its secretariat and agency in b.govmodel; a's markers settled. */
	private IFile landProject() throws Exception {
		closeEditors();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("govmodel-land");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IFile a = create(project, "a.govmodel", "jurisdiction land \"Land\" country\n");
		IFile b = create(project, "b.govmodel", "directive institution sec \"Secretariat\" secretariat" + AGENCY);
		Job.getJobManager().join(SaveValidation.class, null);
		waitUntil("a's first markers", () -> hasRule(a, "GOV-TIER-001", 1), () -> describe(markers(a)));
		assertFalse(hasRule(a, "GOV-TIER-003", 1), "b's agency counts for land: " + describe(markers(a)));
		return a;
	}

	@Test
	void aJurisdictionsWarningsFollowTheSavedEditsOfItsOtherFile() throws Exception {
		IFile a = landProject();
		IFile b = project.getFile("b.govmodel");

		ITextEditor editor = open(b);
		IDocument document = document(editor);
		document.replace(document.get().indexOf(AGENCY), AGENCY.length(), "\n");
		editor.doSave(null);
		waitUntil("a's GOV-TIER-003 once b has no agency", () -> hasRule(a, "GOV-TIER-003", 1), () -> describe(markers(a)));

		document.replace(document.getLength(), 0, AGENCY.substring(1));
		editor.doSave(null);
		waitUntil("a's GOV-TIER-003 to go once b has its agency again", () -> !hasRule(a, "GOV-TIER-003", 1), () -> describe(markers(a)));
	}

	@Test
	void aJurisdictionsWarningsFollowTheUnsavedTextOfItsOtherFile() throws Exception {
		IFile a = landProject();
		IFile b = project.getFile("b.govmodel");

		ITextEditor editor = open(b);
		IDocument document = document(editor);
		document.replace(document.get().indexOf(AGENCY), AGENCY.length(), "\n");
		waitUntil("a's GOV-TIER-003 once b's editor has no agency", () -> hasRule(a, "GOV-TIER-003", 1), () -> describe(markers(a)));

		document.replace(document.getLength(), 0, AGENCY.substring(1));
		waitUntil("a's GOV-TIER-003 to go once b's editor has its agency again", () -> !hasRule(a, "GOV-TIER-003", 1), () -> describe(markers(a)));
		assertTrue(editor.isDirty(), "never saved");

		document.replace(document.get().indexOf(AGENCY), AGENCY.length(), "\n");
		waitUntil("a's GOV-TIER-003 once more", () -> hasRule(a, "GOV-TIER-003", 1), () -> describe(markers(a)));
		closeEditors();
		waitUntil("a's GOV-TIER-003 to go when b's editor closes unsaved (the file still has its agency)", () -> !hasRule(a, "GOV-TIER-003", 1),
				() -> describe(markers(a)));
	}
}
