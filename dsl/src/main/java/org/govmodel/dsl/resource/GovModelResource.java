package org.govmodel.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.govmodel.dsl.parser.DepthLimitedParser;
import org.govmodel.dsl.validation.Rules;

/**
 * A model file as a resource. Reads the bytes as {@link ModelText} (UTF-8, a
 * byte-order mark accepted) and reports, next to the syntax errors, what the
 * text itself is wrong about: bytes that are not UTF-8 and nesting deeper than
 * {@link DepthLimitedParser} accepts. So whatever validation accepts, the
 * formatter and the generators can handle.
 */
public class GovModelResource extends LazyLinkingResource {

	/** What the last read of bytes found wrong; null when the text came as text (an editor's) or was clean. */
	private ModelText.InvalidBytes invalidBytes;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (inputStream instanceof LazyStringInputStream string) {
			invalidBytes = null;
			return new StringReader(string.getString());
		}
		ModelText text = ModelText.read(inputStream);
		invalidBytes = text.invalid();
		return new StringReader(text.text());
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		invalidBytes = null;
		super.update(offset, replacedTextLength, newText);
	}

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		if (getParseResult() == null) {
			return;
		}
		ICompositeNode root = getParseResult().getRootNode();
		if (invalidBytes != null) {
			getErrors().add(new TextDiagnostic(root, invalidBytes.textOffset(), 1, Rules.UNREADABLE_FILE, invalidBytes.message()));
		}
		if (getParseResult() instanceof DepthLimitedParser.Result limited && limited.tooDeep() != null) {
			DepthLimitedParser.TooDeep tooDeep = limited.tooDeep();
			getErrors().add(new TextDiagnostic(root, tooDeep.offset(), 1, Rules.SYNTAX, tooDeep.message()));
		}
	}
}
