package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.closeEditors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.junit.jupiter.api.Test;

/**
 * A project holding a copy of dsl's settings-parity folder gets the markers every front end
 * reports there: each model's nearest govmodel.json applies (the nested folder's switches off
 * the rule the project's raises to an error, also for the folder below it that has none), the
 * misspelt rule id is a GOV-CONFIG-001 marker on its line of govmodel.json, and the copy in
 * build output is not validated.
 */
class SettingsParityTest {

	private static final Path PARITY = Path.of(System.getProperty("govmodel.settingsParity", "../../dsl/src/test/resources/settings-parity"));

	@Test
	void theProjectsMarkersAreWhatEveryFrontEndReports() throws Exception {
		IProject project = copyOfTheParityFolder();
		SaveValidation.schedule(project);
		Job.getJobManager().join(SaveValidation.class, null);
		List<String> lines = new ArrayList<>();
		for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
			lines.add(line(marker));
		}
		assertEquals(Files.readAllLines(PARITY.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8), lines.stream().sorted().toList());
	}

	private static IProject copyOfTheParityFolder() throws Exception {
		closeEditors();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("settings-parity");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		try (Stream<Path> walk = Files.walk(PARITY)) {
			for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
				String relative = PARITY.relativize(source).toString().replace('\\', '/');
				IFile file = project.getFile(relative);
				if (file.getParent() instanceof IFolder folder && !folder.exists()) {
					createFolders(folder);
				}
				file.create(Files.newInputStream(source), true, null);
			}
		}
		Job.getJobManager().join(SaveValidation.class, null);
		return project;
	}

	private static void createFolders(IFolder folder) throws Exception {
		if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
			createFolders(parent);
		}
		folder.create(true, true, null);
	}

	/** "path:line:col severity rule", the column from the marker's offset in the file's text. */
	private static String line(IMarker marker) throws Exception {
		IFile file = (IFile) marker.getResource();
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int column = start - (text.lastIndexOf('\n', start - 1) + 1) + 1;
		String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			default -> "info";
		};
		return file.getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ":" + column + " " + severity + " "
				+ marker.getAttribute(ProblemMarkers.RULE_ID, "");
	}
}
