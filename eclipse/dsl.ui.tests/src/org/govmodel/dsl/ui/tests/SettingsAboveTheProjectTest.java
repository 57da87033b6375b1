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
import org.junit.jupiter.api.Test;

/**
 * A project whose folder lies outside the workspace, below a folder with a
 * govmodel.json: the file applies to the project's models (as it does for
 * the command line on that folder), and when it is edited (the workspace
 * does not see that file) the next edit in an editor brings its new
 * severities to every model of the project, open or not.
 */
class SettingsAboveTheProjectTest {

	@Test
	void aSettingsFileAboveTheProjectAppliesAndItsChangesAreFollowed() throws Exception {
		closeEditors();
		Path above = Files.createTempDirectory("govmodel-above");
		Path settings = above.resolve("govmodel.json");
		Files.writeString(settings, "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }\n", StandardCharsets.UTF_8);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("govmodel-above");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		description.setLocation(IPath.fromPath(above.resolve("project")));
		project.create(description, null);
		project.open(null);
		try {
			IFile edited = create(project, "a.govmodel", "jurisdiction land \"Land\" country\n");
			IFile other = create(project, "b.govmodel", "jurisdiction sea \"Sea\" country\n");
			Job.getJobManager().join(SaveValidation.class, null);
			waitUntil("GOV-TIER-001 as an error, from the settings above the project",
					() -> severityOf(edited, "GOV-TIER-001") == IMarker.SEVERITY_ERROR && severityOf(other, "GOV-TIER-001") == IMarker.SEVERITY_ERROR,
					() -> describe(markers(edited)) + describe(markers(other)));

			ITextEditor editor = open(edited);
			Files.writeString(settings, "{ \"rules\": { \"GOV-TIER-001\": \"off\" } }\n", StandardCharsets.UTF_8);
			IDocument document = document(editor);
			document.replace(document.getLength(), 0, "\n");
			waitUntil("GOV-TIER-001 switched off in both files", () -> severityOf(edited, "GOV-TIER-001") < 0 && severityOf(other, "GOV-TIER-001") < 0,
					() -> describe(markers(edited)) + describe(markers(other)));
		} finally {
			closeEditors();
			project.delete(true, true, null);
			try (Stream<Path> files = Files.walk(above)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** The severity of the file's marker of the rule, -1 when there is none. */
	private static int severityOf(IFile file, String ruleId) {
		return Arrays.stream(markers(file)).filter(marker -> ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null)))
				.mapToInt(marker -> marker.getAttribute(IMarker.SEVERITY, -1)).max().orElse(-1);
	}
}
