package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.govmodel.dsl.ui.contentassist.GovModelContentAssistProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content assist in the editor: the language's proposals for keywords, names in scope and variable codes. */
class ContentAssistTest {

	private ITextEditor editor;

	private IDocument document;

	@BeforeEach
	void setUp() throws Exception {
		IProject project = examples();
		IFile file = project.getFile("cordoba-2023.govmodel");
		editor = open(file);
		document = document(editor);
	}

	@Test
	void proposesTypeKeywordsForAnInstitution() throws Exception {
		String prefix = "institution newOne \"New\" ";
		document.replace(0, 0, prefix + "\n");
		List<String> labels = proposals(prefix.length());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("ministry")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("agency")), labels.toString());
	}

	@Test
	void proposesTheInstitutionsInScopeForABoardChair() throws Exception {
		String line = "        chair minCoord\n        members minCoord, minFin, minCyT, camTic\n    }\n    unit mesa";
		int at = document.get().indexOf(line) + "        chair ".length();
		List<String> labels = proposals(at);
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("minFin")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("camTic")), labels.toString());
	}

	@Test
	void proposesAnUnscoredVariableCodeWithItsTitleInAnAssessment() throws Exception {
		String scoreLine = "    1.1.1 = 2 \"A commission exists but meets irregularly.\"\n";
		int at = document.get().indexOf(scoreLine);
		document.replace(at, scoreLine.length(), "    \n");
		List<String> labels = proposals(at + 4);
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("1.1.1") && l.contains("Lead strategic body")), labels.toString());
		assertTrue(labels.stream().noneMatch(l -> l.startsWith("1.1.2")), "1.1.2 is scored already: " + labels);
	}

	@Test
	void applyingAProposalInsertsIt() throws Exception {
		String prefix = "institution newOne \"New\" minis";
		document.replace(0, 0, prefix + "\n");
		ICompletionProposal ministry = Arrays.stream(compute(prefix.length())).filter(p -> p.getDisplayString().startsWith("ministry")).findFirst()
				.orElseThrow();
		ministry.apply(document);
		assertEquals("institution newOne \"New\" ministry\n", document.get().substring(0, prefix.length() + 4));
	}

	private List<String> proposals(int offset) {
		return Arrays.stream(compute(offset)).map(ICompletionProposal::getDisplayString).toList();
	}

	private ICompletionProposal[] compute(int offset) {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		return new GovModelContentAssistProcessor().computeCompletionProposals(viewer, offset);
	}
}
