package org.govmodel.dsl.parser;

import java.util.Arrays;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.impl.RootNode;

/**
 * Builds node models whose line numbering survives a text that ends with a
 * lone carriage return. Xtext 2.42 looks one character past a line break to
 * tell {@code \r\n} from {@code \r}, and so fails with an index out of bounds
 * when it locates the end of such a text (where a syntax error at the end of
 * the file is). The last lone {@code \r} is not counted as a line break: the
 * end of the file is then on the last line, which is what the modeller sees.
 */
public class LineBreakSafeNodeModelBuilder extends NodeModelBuilder {

	@Override
	public ICompositeNode newRootNode(String input) {
		return new Root(input);
	}

	static class Root extends RootNode {
		Root(String text) {
			basicSetCompleteContent(text);
		}

		@Override
		protected int[] computeLineBreaks(String text) {
			int[] breaks = super.computeLineBreaks(text);
			boolean endsWithLoneReturn = breaks.length > 0 && breaks[breaks.length - 1] == text.length() - 1 && text.endsWith("\r");
			return endsWithLoneReturn ? Arrays.copyOf(breaks, breaks.length - 1) : breaks;
		}
	}
}
