package org.govmodel.dsl.conversion;

import java.util.Locale;
import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;


/**
 * Value converters for GovModel literals. Decimals keep the precision the
 * modeller wrote ({@code 0.50} stays 0.50) and print without exponent.
 */
public class GovModelValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<BigDecimal> decimal = new IValueConverter<>() {
		@Override
		public BigDecimal toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("A number is expected here.", node, null);
			}
			try {
				return new BigDecimal(string.strip());
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number.", node, e);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			return value.toPlainString();
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
	 * Quoted texts as Xtext unescapes them, refusing half a surrogate pair
	 * ({@code "\\uD800"}): no UTF-8 writer can encode it, so it is reported
	 * here, where it is written, instead of failing a report later.
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		IValueConverter<String> unescaping = super.STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				String value = unescaping.toValue(string, node);
				int unpaired = unpairedSurrogate(value);
				if (unpaired >= 0) {
					throw new ValueConverterException(String.format(Locale.ROOT, "The text holds half a surrogate pair (\\u%04X), which is not a character: "
							+ "write the character itself or its complete pair of \\u escapes.", (int) value.charAt(unpaired)), node, null);
				}
				return value;
			}

			@Override
			public String toString(String value) {
				return unescaping.toString(value);
			}
		};
	}

	/** The index of the first surrogate that is not part of a pair, or -1. */
	static int unpairedSurrogate(String value) {
		if (value == null) {
			return -1;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
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

	private static String unescape(String name) {
		return name.startsWith("^") ? name.substring(1) : name;
	}
}
