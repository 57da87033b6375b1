package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.editor.LatestSnapshots;
import org.govmodel.dsl.ui.markers.ProblemAnnotations;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Problem markers from the language's validator, with rule ids, as the user types and saves. */
class MarkersTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = examples();
	}

	@Test
	void theCordobaExampleShowsItsKnownWarningsWithRuleIds() throws Exception {
		IFile file = project.getFile("cordoba-2023.govmodel");
		open(file);
		waitUntil("Córdoba's warnings", () -> hasRule(file, "GOV-TIER-006", 38) && hasRule(file, "GOV-AUTO-002", 53) && hasRule(file, "GOV-AUTO-001", 60),
				() -> describe(markers(file)));
		IMarker tier = find(file, "GOV-TIER-006");
		assertEquals(IMarker.SEVERITY_WARNING, tier.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(tier.getAttribute(IMarker.MESSAGE, "").endsWith("[GOV-TIER-006]"), "the Problems view shows the rule id");
		assertTrue(tier.isSubtypeOf(IMarker.PROBLEM) && tier.isSubtypeOf(IMarker.TEXT), "a problem (Problems view) on a text range (editor)");
		for (IMarker marker : markers(file)) {
			assertTrue(marker.getAttribute(IMarker.SEVERITY, -1) != IMarker.SEVERITY_ERROR, "no errors in an example: " + describe(markers(file)));
		}
	}

	@Test
	void aBrokenReferenceIsMarkedWhileTypingAndTheMarkerGoesWhenFixed() throws Exception {
		IFile file = create(project, "broken.govmodel", "institution minA \"Ministry A\" ministry public\n"
				+ "institution office \"Office\" directorate public within minB\n");
		ITextEditor editor = open(file);
		waitUntil("the unresolved reference", () -> hasRule(file, "GOV-LINK-001", 2), () -> describe(markers(file)));

		IDocument document = document(editor);
		int at = document.get().indexOf("minB");
		document.replace(at, 4, "minA");
		waitUntil("the marker to go, unsaved", () -> markers(file).length == 0, () -> describe(markers(file)));
		assertTrue(editor.isDirty(), "fixed as typed, before saving");

		document.replace(document.get().indexOf("within minA"), "within minA".length(), "within nobody");
		waitUntil("the marker to come back", () -> hasRule(file, "GOV-LINK-001", 2), () -> describe(markers(file)));
		editor.doSave(null);
		Job.getJobManager().join(SaveValidation.class, null);
		processEvents();
		assertTrue(hasRule(file, "GOV-LINK-001", 2), "validated on save: " + describe(markers(file)));
	}

	@Test
	void aSyntaxErrorIsAMarkerAndTheRestOfTheEditorKeepsWorking() throws Exception {
		IFile file = create(project, "typo.govmodel", "institution minA \"Ministry A\" ministry public\ninstitutio minB \"Ministry B\" ministry public\n");
		ITextEditor editor = open(file);
		waitUntil("the syntax error", () -> hasRule(file, "GOV-SYNTAX-001", 2), () -> describe(markers(file)));
		IDocument document = document(editor);
		document.replace(document.get().indexOf("institutio "), "institutio".length(), "institution");
		waitUntil("the marker to go", () -> markers(file).length == 0, () -> describe(markers(file)));
	}

	@Test
	void savingAModelRevalidatesTheModelsThatReferToIt() throws Exception {
		IFile defining = create(project, "defining.govmodel", "institution shared \"Shared ministry\" ministry public\n");
		IFile using = create(project, "using.govmodel", "institution office \"Office\" directorate public within shared\n");
		Job.getJobManager().join(SaveValidation.class, null);
		assertEquals(0, markers(using).length, describe(markers(using)));

		ITextEditor editor = open(defining);
		IDocument document = document(editor);
		document.replace(document.get().indexOf("shared"), "shared".length(), "renamed");
		editor.doSave(null);
		waitUntil("the other file's marker", () -> hasRule(using, "GOV-LINK-001", 1), () -> describe(markers(using)));
	}

	/**
	 * A keystroke cancels the reconcile that is running; the model has taken that reconcile's text by
	 * then, so the next one finds nothing new. The files the edit affected are checked all the same.
	 */
	@Test
	void anEditWhoseReconcileIsCancelledStillRevalidatesTheModelsThatReferToIt() throws Exception {
		IFile defining = create(project, "defining.govmodel", "institution shared \"Shared ministry\" ministry public\n");
		IFile using = create(project, "using.govmodel", "institution office \"Office\" directorate public within shared\n");
		ITextEditor editor = open(defining);
		IDocument document = document(editor);
		waitUntil("the editor's first reconcile", () -> GovModelUiPlugin.get(LatestSnapshots.class).of(document) != null, () -> "none");
		Job.getJobManager().join(SaveValidation.class, null);
		assertEquals(0, markers(using).length, describe(markers(using)));

		String renamed = document.get().replace("shared", "renamed");
		OperationCanceledManager cancels = GovModelUiPlugin.get(OperationCanceledManager.class);
		Throwable cancelled = assertThrows(Throwable.class, () -> GovModelUiPlugin.get(ModelSnapshots.class).read(defining, renamed, snapshot -> {
			cancels.throwOperationCanceledException();
			return null;
		}));
		assertTrue(cancels.isOperationCanceledException(cancelled), cancelled.toString());
		waitUntil("the other file's marker", () -> hasRule(using, "GOV-LINK-001", 1), () -> describe(markers(using)));
	}

	@Test
	void aFileOutsideTheWorkspaceShowsItsProblemsAsAnnotations() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("govmodel-outside");
		java.nio.file.Path model = java.nio.file.Files.writeString(folder.resolve("cordoba.govmodel"), example("cordoba-2023.govmodel"));
		ITextEditor editor = (ITextEditor) IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(model.toUri()));
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
		waitUntil("annotations", () -> annotations(viewer).stream().anyMatch(text -> text.endsWith("[GOV-TIER-006]")), () -> annotations(viewer));
	}

	private static List<String> annotations(ISourceViewer viewer) {
		List<String> texts = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel() != null ? viewer.getAnnotationModel()
				: ((ISourceViewerExtension2) viewer).getVisualAnnotationModel();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof ProblemAnnotations.ProblemAnnotation) {
				texts.add(annotation.getText());
			}
		});
		return texts;
	}

	private static IMarker find(IFile file, String ruleId) {
		for (IMarker marker : markers(file)) {
			if (ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null))) {
				return marker;
			}
		}
		throw new AssertionError(ruleId + " not found in " + describe(markers(file)));
	}
}
