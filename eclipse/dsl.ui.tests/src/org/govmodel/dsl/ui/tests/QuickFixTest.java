package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.markers.ProblemMarkers;
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
