package org.govmodel.dsl.conversion;

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

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimal;
	}
}
