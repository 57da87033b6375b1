package org.govmodel.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.govmodel.dsl.parser.SyntaxErrorText;


/**
 * Value converters for GovModel literals. Decimals keep the precision the
 * modeller wrote ({@code 0.50} stays 0.50) and print without exponent.
 */
public class GovModelValueConverters extends DefaultTerminalConverters {

	private static final String KEY = "GOV-SYNTAX-001";

	private final IValueConverter<BigDecimal> decimal = new IValueConverter<>() {
		@Override
		public BigDecimal toValue(String string, INode node) {
			String text = numberText(string, node);
			try {
				return new BigDecimal(text);
			} catch (NumberFormatException e) {
				throw ConversionError.of(SyntaxErrorText.of(KEY + ".not-a-number", "text", text), node, e);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			return value.toPlainString();
		}
	};

	/** Whole numbers (years, terms): a number too large for one is said so, in the model's language. */
	private final IValueConverter<Integer> wholeNumber = new IValueConverter<>() {
		@Override
		public Integer toValue(String string, INode node) {
			String text = numberText(string, node);
			try {
				return Integer.valueOf(text);
			} catch (NumberFormatException e) {
				// the INT token is only digits: what does not convert is too large
				throw ConversionError.of(SyntaxErrorText.of(KEY + ".number-too-large", "text", text, "max", String.valueOf(Integer.MAX_VALUE)), node, e);
			}
		}

		@Override
		public String toString(Integer value) {
			return value == null ? null : value.toString();
		}
	};

	private final NameConverter name = new NameConverter();

	private final QualifiedNameConverter qualifiedName = new QualifiedNameConverter();

	/** Names may be written with a leading ^ to use a structural keyword as a name. */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return name;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedName;
	}

	/**
	 * Quoted texts: the value {@link QuotedText} reads, every mistake located at its escape and said in
	 * the model's language; written back with Xtext's escaping.
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		IValueConverter<String> xtexts = super.STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string == null ? null : QuotedText.value(string, node);
			}

			@Override
			public String toString(String value) {
				return xtexts.toString(value);
			}
		};
	}

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return wholeNumber;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimal;
	}

	/** A Name is an ID or a vocabulary word; a leading ^ (to use a structural keyword as a name) is dropped. */
	public static class NameConverter implements IValueConverter<String> {
		@Override
		public String toValue(String string, INode node) {
			return string == null ? null : unescape(string.strip());
		}

		@Override
		public String toString(String value) {
			return value;
		}
	}

	/** Qualified names are Names joined by dots; each segment may carry the ^ escape. */
	public static class QualifiedNameConverter implements IValueConverter<String> {
		@Override
		public String toValue(String string, INode node) {
			if (string == null) {
				return null;
			}
			StringBuilder result = new StringBuilder();
			for (String segment : string.split("\\.", -1)) {
				if (result.length() > 0) {
					result.append('.');
				}
				result.append(unescape(segment.strip()));
			}
			return result.toString();
		}

		@Override
		public String toString(String value) {
			return value;
		}
	}

	/** The number's text without surrounding blanks; a number that is missing is said so. */
	private static String numberText(String string, INode node) {
		if (string == null || string.isBlank()) {
			throw ConversionError.of(SyntaxErrorText.of(KEY + ".number-expected"), node, null);
		}
		return string.strip();
	}

	private static String unescape(String name) {
		return name.startsWith("^") ? name.substring(1) : name;
	}
}
