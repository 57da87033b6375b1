package org.govmodel.dsl.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** How each lexical class looks (see {@link SemanticStyles} for what the linker knows). */
public enum TokenStyles {
	KEYWORD(new Color(127, 0, 85), SWT.BOLD),
	STRING(new Color(42, 0, 255), SWT.NORMAL),
	COMMENT(new Color(63, 127, 95), SWT.NORMAL),
	DOC_COMMENT(new Color(63, 95, 191), SWT.NORMAL),
	NUMBER(new Color(125, 80, 0), SWT.NORMAL),
	DEFAULT(null, SWT.NORMAL);

	private final TextAttribute attribute;

	TokenStyles(Color foreground, int style) {
		this.attribute = new TextAttribute(foreground, null, style);
	}

	public TextAttribute attribute() {
		return attribute;
	}
}
