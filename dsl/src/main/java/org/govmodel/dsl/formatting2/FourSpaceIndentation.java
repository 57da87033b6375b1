package org.govmodel.dsl.formatting2;

import org.eclipse.xtext.formatting.IIndentationInformation;

/** GovModel files are indented with four spaces unless an editor asks otherwise. */
public class FourSpaceIndentation implements IIndentationInformation {
	@Override
	public String getIndentString() {
		return "    ";
	}
}
