package org.govmodel.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.markers.SaveValidation;

/** A real workbench to drive: a project holding copies of the repository's examples, editors, and waiting for the UI. */
final class Workbenches {

	static final String PROJECT = "govmodel-examples";

	private Workbenches() {
	}

	/** A fresh project with the repository's example models (read from -Dgovmodel.examples). */
	static IProject examples() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		closeEditors();
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path folder = Path.of(System.getProperty("govmodel.examples", "../../examples"));
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".govmodel")).toList()) {
				project.getFile(file.getFileName().toString()).create(Files.newInputStream(file), true, null);
			}
		}
		Job.getJobManager().join(SaveValidation.class, null);
		return project;
	}

	static String example(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("govmodel.examples", "../../examples")).resolve(name), StandardCharsets.UTF_8);
	}

	static IFile create(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	static ITextEditor open(IFile file) throws CoreException {
		IWorkbenchPage page = page();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		processEvents();
		return editor;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/**
	 * Lets the markers settle: the project validation a file change starts and an
	 * open editor's reconcile (300 ms after the last change) both replace them.
	 */
	static void settleMarkers() throws InterruptedException {
		Job.getJobManager().join(SaveValidation.class, null);
		long until = System.currentTimeMillis() + 1_000;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Job.getJobManager().join(SaveValidation.class, null);
	}

	/** Runs the UI loop until the condition holds, failing after a while with what was last seen. */
	static void waitUntil(String what, BooleanSupplier condition, Supplier<Object> lastSeen) {
		long deadline = System.currentTimeMillis() + 30_000;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out waiting for " + what + "; last seen: " + lastSeen.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	static IMarker[] markers(IFile file) {
		try {
			return ProblemMarkers.of(file);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static String describe(IMarker[] markers) {
		StringBuilder text = new StringBuilder();
		for (IMarker marker : markers) {
			text.append(marker.getAttribute(IMarker.LINE_NUMBER, -1)).append(':').append(marker.getAttribute(ProblemMarkers.RULE_ID, "?"))
					.append(' ').append(marker.getAttribute(IMarker.MESSAGE, "")).append('\n');
		}
		return text.toString();
	}

	static boolean hasRule(IFile file, String ruleId, int line) {
		for (IMarker marker : markers(file)) {
			if (ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null)) && (line < 0 || marker.getAttribute(IMarker.LINE_NUMBER, -1) == line)) {
				return true;
			}
		}
		return false;
	}

	static void refresh(IResource resource) throws CoreException {
		resource.refreshLocal(IResource.DEPTH_INFINITE, null);
	}
}
