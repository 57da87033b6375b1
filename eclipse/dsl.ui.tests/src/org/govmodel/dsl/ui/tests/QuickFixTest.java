package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.format.ModelFormatting;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.junit.jupiter.api.Test;

/** The quick fixes of the rules that declare fix data, offered on markers (editor and Problems view) and applied. */
class QuickFixTest {

	private static final String MEMBERS = "        members minCoord, minFin, minCyT, camTic\n    }\n    unit mesa";

	@Test
	void aBoardWhoseChairIsNoMemberIsFixedByAddingTheChair() throws Exception {
		IFile file = boardFile();
		ITextEditor editor = open(file);
		IMarker marker = chairMarker(file);

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length, () -> "marker " + marker.exists() + " " + describe(markers(file)));
		assertEquals("Add minCoord to the members", resolutions[0].getLabel());
		resolutions[0].run(marker);

		String members = document(editor).get().lines().filter(l -> l.startsWith("        members minFin")).findFirst().orElseThrow();
		assertTrue(members.contains("minCoord"), members);
		waitUntil("the marker to go", () -> !hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
	}

	@Test
	void aFixAppliesToTheTextAsItIsNowEvenIfTheMarkerIsOlder() throws Exception {
		IFile file = boardFile();
		ITextEditor editor = open(file);
		IMarker marker = chairMarker(file);

		// typed above the board before the markers are made again: the marker's offsets now point some 400 characters too early
		StringBuilder typed = new StringBuilder();
		for (int i = 1; i <= 10; i++) {
			typed.append("institution extra").append(i).append(" \"Extra ").append(i).append("\" ministry\n");
		}
		document(editor).replace(0, 0, typed.toString());
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		resolutions[0].run(marker);

		String text = document(editor).get();
		assertTrue(text.startsWith(typed.toString()), "what was typed stays");
		String members = text.lines().filter(l -> l.startsWith("        members minFin")).findFirst().orElseThrow();
		assertTrue(members.endsWith(", minCoord"), members);
	}

	/**
	 * Chosen in the Problems view with no editor open: the fix is saved to the file, and the project's model, loaded
	 * to compute the fixes offered and to check the file again, is not kept once each is done (models live while an
	 * editor of the project is open or a validation runs).
	 */
	@Test
	void aFixAppliedFromTheProblemsViewLeavesNoModelLoaded() throws Exception {
		closeEditors();
		IFile file = boardFile();
		IMarker marker = chairMarker(file);
		ModelSnapshots snapshots = GovModelUiPlugin.get(ModelSnapshots.class);
		IProject project = file.getProject();
		assertNull(snapshots.existingModelOf(project), "no editor is open: the project's validation did not keep its model");

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		assertNull(snapshots.existingModelOf(project), "the fixes offered (the Quick Fix dialog) keep no model: the user may close it without choosing");
		resolutions[0].run(marker);

		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String members = saved.lines().filter(l -> l.startsWith("        members minFin")).findFirst().orElseThrow();
		assertTrue(members.contains("minCoord"), members);
		waitUntil("the marker to go", () -> !hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
		settleMarkers();
		assertNull(snapshots.existingModelOf(project), "the model is released once the fix is applied and checked");
	}

	/**
	 * A fix that inserts a block (the lead agency's unstated autonomy) gives the text the formatter would give it: the
	 * Ctrl+Shift+F layout, byte for byte, with the clauses the rule's fix data names.
	 */
	@Test
	void aFixThatInsertsABlockLeavesTheCanonicalLayout() throws Exception {
		String cordoba = example("cordoba-2023.govmodel");
		String autonomy = "    autonomy {\n        operational-independence partial\n        appointment political term 4 years\n        budget shared\n"
				+ "        transparency publishes-reports\n    }\n";
		assertTrue(cordoba.contains(autonomy));
		IProject project = examples();
		removeModels(project);
		IFile file = create(project, "autonomy.govmodel", cordoba.replace(autonomy, ""));
		ITextEditor editor = open(file);
		waitUntil("GOV-AUTO-001", () -> hasRule(file, "GOV-AUTO-001", 46), () -> describe(markers(file)));
		settleMarkers();
		IMarker marker = Arrays.stream(markers(file)).filter(m -> "GOV-AUTO-001".equals(m.getAttribute(ProblemMarkers.RULE_ID, null))
				&& m.getAttribute(IMarker.LINE_NUMBER, -1) == 46).findFirst().orElseThrow();
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		resolutions[0].run(marker);

		String fixed = document(editor).get();
		assertTrue(fixed.contains("public within minCoord {\n    autonomy {\n        operational-independence full\n        appointment merit\n"
				+ "        budget own protected\n        transparency audited\n    }\n    established by ley10618\n"), fixed);
		GovModelUiPlugin.get(ModelFormatting.class).format(document(editor));
		assertEquals(fixed, document(editor).get(), "formatting the fixed file changes nothing");
		waitUntil("the marker to go", () -> !hasRule(file, "GOV-AUTO-001", 46), () -> describe(markers(file)));
	}

	/** Córdoba with a board chaired by a non-member; alone in its project, as a changed copy would clash with the original's names. */
	private static IFile boardFile() throws Exception {
		String cordoba = example("cordoba-2023.govmodel");
		assertTrue(cordoba.contains(MEMBERS));
		IProject project = examples();
		removeModels(project);
		return create(project, "board.govmodel", cordoba.replace(MEMBERS, MEMBERS.replace("members minCoord, ", "members ")));
	}

	private static IMarker chairMarker(IFile file) throws Exception {
		waitUntil("GOV-AUTH-006", () -> hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
		settleMarkers(); // a marker replaced after we took it no longer exists, and has no fixes
		return Arrays.stream(markers(file)).filter(m -> "GOV-AUTH-006".equals(m.getAttribute(ProblemMarkers.RULE_ID, null))).findFirst().orElseThrow();
	}

	private static void removeModels(IProject project) throws Exception {
		for (var member : project.members()) {
			if (member instanceof IFile model && model.getName().endsWith(".govmodel")) {
				model.delete(true, null);
			}
		}
	}
}
