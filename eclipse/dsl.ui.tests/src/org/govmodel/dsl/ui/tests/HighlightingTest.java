package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.jface.text.TextAttribute;
import org.govmodel.dsl.ide.highlighting.TokenType;
import org.govmodel.dsl.ui.editor.SemanticStyles;
import org.govmodel.dsl.ui.editor.TokenStyles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Córdoba example in the Generic Editor: lexical colours at once, reference colours once the model is linked. */
class HighlightingTest {

	private ITextEditor editor;

	private StyledText text;

	private String content;

	@BeforeEach
	void setUp() throws Exception {
		IProject project = examples();
		IFile file = project.getFile("cordoba-2023.govmodel");
		editor = open(file);
		text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		content = document(editor).get();
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
	}

	@Test
	void keywordsStringsAndCommentsAreColouredByTheLexer() {
		StyleRange keyword = styleAt(content.indexOf("jurisdiction argentina"));
		assertEquals(TokenStyles.KEYWORD.attribute().getForeground().getRGB(), keyword.foreground.getRGB());
		assertTrue((keyword.fontStyle & SWT.BOLD) != 0, "keywords are bold");
		assertEquals(TokenStyles.STRING.attribute().getForeground().getRGB(), styleAt(content.indexOf("\"República Argentina\"") + 2).foreground.getRGB());
		assertEquals(TokenStyles.COMMENT.attribute().getForeground().getRGB(), styleAt(content.indexOf("// Province") + 3).foreground.getRGB());
		assertEquals(TokenStyles.DOC_COMMENT.attribute().getForeground().getRGB(),
				styleAt(content.indexOf("/** The province") + 5).foreground.getRGB());
	}

	@Test
	void theLanguagesSemanticHighlightingColoursNamesByWhatTheyName() {
		int jurisdictionReference = content.indexOf("of argentina") + 3;
		int frameworkItem = content.indexOf("    1.1.1 = 2") + 4;
		int declaration = content.indexOf("jurisdiction argentina") + "jurisdiction ".length();
		int instrumentReference = content.indexOf("established by ley10618") + "established by ".length();
		waitUntil("semantic colours", () -> isStyled(jurisdictionReference, SemanticStyles.of(TokenType.NAMESPACE, false)),
				() -> styleAt(jurisdictionReference));
		assertTrue(isStyled(declaration, SemanticStyles.of(TokenType.NAMESPACE, true)), "declared name: " + styleAt(declaration));
		assertTrue((styleAt(declaration).fontStyle & SWT.BOLD) != 0);
		assertTrue(isStyled(frameworkItem, SemanticStyles.of(TokenType.ENUM_MEMBER, false)), "library framework item: " + styleAt(frameworkItem));
		assertTrue((styleAt(frameworkItem).fontStyle & SWT.ITALIC) != 0);
		assertTrue(isStyled(instrumentReference, SemanticStyles.of(TokenType.INTERFACE, false)), "legal instrument: " + styleAt(instrumentReference));
	}

	@Test
	void aNameThatResolvesToNothingKeepsThePlainColour() throws Exception {
		org.eclipse.jface.text.IDocument document = document(editor);
		int at = content.indexOf("of argentina") + 3;
		document.replace(at, "argentina".length(), "atlantis");
		waitUntil("the reference colour to go", () -> styleAt(at + 1) == null || styleAt(at + 1).foreground == null, () -> styleAt(at + 1));
	}

	private boolean isStyled(int offset, TextAttribute style) {
		StyleRange range = styleAt(offset);
		return range != null && range.foreground != null && range.foreground.getRGB().equals(style.getForeground().getRGB())
				&& range.fontStyle == style.getStyle();
	}

	private StyleRange styleAt(int offset) {
		assertTrue(offset >= 0);
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range;
	}

}
