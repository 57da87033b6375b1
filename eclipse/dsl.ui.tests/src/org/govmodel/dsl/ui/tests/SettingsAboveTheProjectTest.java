package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project whose folder lies outside the workspace, below a folder that may hold a
 * govmodel.json: the file applies to the project's models (as it does for the command line on
 * that folder). The workspace does not see that folder, so when the file is edited, created or
 * deleted there, the next edit in an editor brings the new severities to every model of the
 * project, open or not.
 */
class SettingsAboveTheProjectTest {

	private static final String ERROR = "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }\n";

	private Path above;
	private IProject project;
	private IFile edited;
	private IFile other;

	@BeforeEach
	void createTheProjectBelowAFolderOutsideTheWorkspace() throws Exception {
		closeEditors();
		above = Files.createTempDirectory("govmodel-above");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		project = workspace.getRoot().getProject("govmodel-above");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		description.setLocation(IPath.fromPath(above.resolve("project")));
		project.create(description, null);
		project.open(null);
	}

	@AfterEach
	void deleteIt() throws Exception {
		closeEditors();
		project.delete(true, true, null);
		try (Stream<Path> files = Files.walk(above)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void aSettingsFileAboveTheProjectAppliesAndItsChangesAreFollowed() throws Exception {
		Path settings = above.resolve("govmodel.json");
		Files.writeString(settings, ERROR, StandardCharsets.UTF_8);
		createModels();
		waitForTier001("GOV-TIER-001 as an error, from the settings above the project", IMarker.SEVERITY_ERROR);

		ITextEditor editor = open(edited);
		Files.writeString(settings, "{ \"rules\": { \"GOV-TIER-001\": \"off\" } }\n", StandardCharsets.UTF_8);
		type(editor);
		waitForTier001("GOV-TIER-001 switched off in both files", -1);
	}

	@Test
	void aSettingsFileCreatedAboveTheProjectWhileAnEditorIsOpenAppliesAndItsDeletionToo() throws Exception {
		createModels();
		waitForTier001("GOV-TIER-001 at its default severity", IMarker.SEVERITY_WARNING);
		ITextEditor editor = open(edited);
		settleMarkers();

		Path settings = above.resolve("govmodel.json");
		Files.writeString(settings, ERROR, StandardCharsets.UTF_8);
		type(editor);
		waitForTier001("GOV-TIER-001 as an error, from the settings file created above the project", IMarker.SEVERITY_ERROR);

		Files.delete(settings);
		type(editor);
		waitForTier001("GOV-TIER-001 back to its default severity once the settings file is deleted", IMarker.SEVERITY_WARNING);
	}

	private void createModels() throws Exception {
		edited = create(project, "a.govmodel", "jurisdiction land \"Land\" country\n");
		other = create(project, "b.govmodel", "jurisdiction sea \"Sea\" country\n");
		Job.getJobManager().join(SaveValidation.class, null);
	}

	/** An edit in the editor: the request that brings the project's model up to date. */
	private static void type(ITextEditor editor) throws Exception {
		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "\n");
	}

	/** Waits until both models have GOV-TIER-001 at the severity (-1: none). */
	private void waitForTier001(String what, int severity) {
		waitUntil(what, () -> severityOf(edited, "GOV-TIER-001") == severity && severityOf(other, "GOV-TIER-001") == severity,
				() -> describe(markers(edited)) + describe(markers(other)));
	}

	/** The severity of the file's marker of the rule, -1 when there is none. */
	private static int severityOf(IFile file, String ruleId) {
		return Arrays.stream(markers(file)).filter(marker -> ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null)))
				.mapToInt(marker -> marker.getAttribute(IMarker.SEVERITY, -1)).max().orElse(-1);
	}
}
