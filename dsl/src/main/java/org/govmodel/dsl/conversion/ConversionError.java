package org.govmodel.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.nodemodel.INode;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.parser.SyntaxErrorText;

/**
 * A value the parser read but cannot convert (a number too large, a bad escape in a quoted
 * text), said as a keyed text of the diagnostics bundle. Converters run before the model's
 * resource, and so its language, is known: the text travels with the syntax error
 * ({@code GovModelSyntaxErrorMessages}) and {@code GovModelResource} writes it in the model's
 * language. The exception's own message is the English text, for logs.
 */
public interface ConversionError {

	SyntaxErrorText text();

	/** An error about the whole token; the feature is left unset. */
	static ValueConverterException of(SyntaxErrorText text, INode node, Exception cause) {
		return new Whole(text, node, cause);
	}

	/**
	 * An error about {@code length} characters from {@code offset}, counted from the token's first
	 * character; the feature gets {@code value}, what could be read of it.
	 */
	static ValueConverterException at(SyntaxErrorText text, INode node, Object value, int offset, int length) {
		return new Ranged(text, node, value, offset, length);
	}

	private static String english(SyntaxErrorText text) {
		return text.render(DiagnosticLanguage.messages(Language.EN));
	}

	final class Whole extends ValueConverterException implements ConversionError {
		private static final long serialVersionUID = 1L;
		private final transient SyntaxErrorText text;

		Whole(SyntaxErrorText text, INode node, Exception cause) {
			super(english(text), node, cause);
			this.text = text;
		}

		@Override
		public SyntaxErrorText text() {
			return text;
		}
	}

	final class Ranged extends ValueConverterWithValueException implements ConversionError {
		private static final long serialVersionUID = 1L;
		private final transient SyntaxErrorText text;

		Ranged(SyntaxErrorText text, INode node, Object value, int offset, int length) {
			super(english(text), node, value, offset, length, null);
			this.text = text;
		}

		@Override
		public SyntaxErrorText text() {
			return text;
		}
	}
}
