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
		String cordoba = example("cordoba-2023.govmodel");
		assertTrue(cordoba.contains(MEMBERS));
		String broken = cordoba.replace(MEMBERS, MEMBERS.replace("members minCoord, ", "members "));
		// a changed copy of Córdoba would clash with the original's names: alone in its project
		IProject project = examples();
		removeModels(project);
		IFile file = create(project, "board.govmodel", broken);
		ITextEditor editor = open(file);
		waitUntil("GOV-AUTH-006", () -> hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
		IMarker marker = Arrays.stream(markers(file)).filter(m -> "GOV-AUTH-006".equals(m.getAttribute(ProblemMarkers.RULE_ID, null))).findFirst()
				.orElseThrow();

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		assertEquals("Add minCoord to the members", resolutions[0].getLabel());
		resolutions[0].run(marker);

		String members = document(editor).get().lines().filter(l -> l.startsWith("        members minFin")).findFirst().orElseThrow();
		assertTrue(members.contains("minCoord"), members);
		waitUntil("the marker to go", () -> !hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
	}

	@Test
	void aFixAppliesToTheTextAsItIsNowEvenIfTheMarkerIsOlder() throws Exception {
		String cordoba = example("cordoba-2023.govmodel");
		String broken = cordoba.replace(MEMBERS, MEMBERS.replace("members minCoord, ", "members "));
		IProject project = examples();
		removeModels(project);
		IFile file = create(project, "board.govmodel", broken);
		ITextEditor editor = open(file);
		waitUntil("GOV-AUTH-006", () -> hasRule(file, "GOV-AUTH-006", -1), () -> describe(markers(file)));
		IMarker marker = Arrays.stream(markers(file)).filter(m -> "GOV-AUTH-006".equals(m.getAttribute(ProblemMarkers.RULE_ID, null))).findFirst()
				.orElseThrow();

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

	private static void removeModels(IProject project) throws Exception {
		for (var member : project.members()) {
			if (member instanceof IFile model && model.getName().endsWith(".govmodel")) {
				model.delete(true, null);
			}
		}
	}
}
