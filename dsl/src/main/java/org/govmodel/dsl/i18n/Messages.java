package org.govmodel.dsl.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;

/**
 * The text of one message bundle in one language: every word GovModel shows a reader comes
 * from here. Patterns are ICU message format with named arguments, so plurals and number
 * formats follow the language's rules ({@code {count, plural, one {# proyecto} other {# proyectos}}})
 * and no sentence is glued together from translated fragments.
 *
 * <p>Bundles are UTF-8 {@code .properties} files: {@code name.properties} (English, the fallback),
 * {@code name_es.properties} and {@code name_pt.properties}. Each module keeps its own bundles next to
 * its classes and loads them with its own class loader (which matters under OSGi).
 */
public final class Messages {

	private final Language language;
	private final ResourceBundle bundle;
	/**
	 * Parsed patterns and number formats, kept per thread because ICU's formats are not safe to share: the reports of
	 * a national model format millions of messages, and parsing a pattern costs more than formatting it.
	 */
	private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);
	private final ThreadLocal<Map<Integer, NumberFormat>> decimals = ThreadLocal.withInitial(HashMap::new);

	private Messages(Language language, ResourceBundle bundle) {
		this.language = language;
		this.bundle = bundle;
	}

	/**
	 * @param baseName the bundle's name, e.g. {@code org.govmodel.generators.i18n.reports}
	 * @param owner    a class of the module that holds the bundle
	 */
	public static Messages load(String baseName, Class<?> owner, Language language) {
		// No fallback to the JVM's default locale: a Spanish machine writing English reports would
		// otherwise get Spanish words. Missing keys fall back to the base (English) bundle.
		ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		Locale locale = new Locale(language.code());
		return new Messages(language, ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(), control));
	}

	public Language language() {
		return language;
	}

	/**
	 * The message for a key, with its named arguments given as name, value pairs:
	 * {@code text("projects.count", "count", 2)}.
	 *
	 * @throws IllegalArgumentException when the key is missing (a defect: bundle tests check every key)
	 */
	public String text(String key, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("arguments of " + key + " must come in name, value pairs");
		}
		Map<String, Object> arguments = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return format(key, arguments);
	}

	/** The message for a key with its named arguments. */
	public String format(String key, Map<String, ?> arguments) {
		return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern(k), language.uLocale())).format(arguments);
	}

	/**
	 * Sets up what the first message with a count would otherwise set up on its way: ICU's plural rules and number
	 * format for the language, from its locale data. For a front end with time to spare before its first message (the
	 * command line while the language's services are being created); safe from any thread.
	 */
	public void prepare() {
		new MessageFormat("{0, plural, one {#} other {#}}", language.uLocale()).format(new Object[] { 2 });
	}

	/** Whether the bundle has the key, for text that may or may not be defined (e.g. vocabulary). */
	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	private String pattern(String key) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalArgumentException("no message " + key + " in " + bundle.getBaseBundleName(), e);
		}
	}

	/** A number with a fixed count of decimals, in the language's format: {@code 2.59} in English, {@code 2,59} in Spanish. */
	public String decimal(Number value, int decimals) {
		return this.decimals.get().computeIfAbsent(decimals, count -> {
			NumberFormat format = NumberFormat.getNumberInstance(language.uLocale());
			format.setMinimumFractionDigits(count);
			format.setMaximumFractionDigits(count);
			format.setRoundingMode(BigDecimal.ROUND_HALF_UP);
			return format;
		}).format(value);
	}

	/** A whole number with the language's thousands separators: {@code 1,200,000} or {@code 1.200.000}. */
	public String integer(Number value) {
		return NumberFormat.getIntegerInstance(language.uLocale()).format(value);
	}

	/**
	 * An amount of money in the language's format. A known ISO 4217 code gets its symbol and
	 * decimals ({@code US$ 1.200.000,00}); another code is written after the number.
	 */
	public String money(BigDecimal amount, String currencyCode) {
		if (isIsoCurrency(currencyCode)) {
			NumberFormat format = NumberFormat.getCurrencyInstance(language.uLocale());
			format.setCurrency(Currency.getInstance(currencyCode));
			return format.format(amount);
		}
		NumberFormat format = NumberFormat.getNumberInstance(language.uLocale());
		format.setMaximumFractionDigits(amount.scale() < 0 ? 0 : amount.scale());
		return format.format(amount) + "\u00a0" + currencyCode;
	}

	private static boolean isIsoCurrency(String code) {
		return code != null && code.length() == 3 && Currency.isAvailable(code, null, null);
	}

	/** A day in the language's long form: {@code 1 March 2024}, {@code 1 de marzo de 2024}. */
	public String date(LocalDate day) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, language.uLocale());
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	/** A list in the language's form: {@code a, b and c}, {@code a, b y c}, {@code a, b e c}. */
	public String list(List<String> items) {
		return ListFormatter.getInstance(language.uLocale()).format(items);
	}

	/**
	 * {@link #list} with where each item stands in the text, for a list whose items are shown apart from the
	 * words between them (links): the words are chosen for the items' own text ("Hacienda e Innovación").
	 */
	public Listed listed(List<String> items) {
		ListFormatter.FormattedList formatted = ListFormatter.getInstance(language.uLocale()).formatToValue(items);
		List<Listed.Span> spans = new ArrayList<>();
		ConstrainedFieldPosition position = new ConstrainedFieldPosition();
		position.constrainField(ListFormatter.SpanField.LIST_SPAN);
		while (formatted.nextPosition(position)) {
			spans.add(new Listed.Span((Integer) position.getFieldValue(), position.getStart(), position.getLimit()));
		}
		return new Listed(formatted.toString(), List.copyOf(spans));
	}

	/**
	 * A list as text, and the span of the text each item takes, in the order of the text; an empty item takes
	 * none.
	 */
	public record Listed(String text, List<Span> items) {

		/** Where the item of the given index stands: from its first character to the one after its last. */
		public record Span(int item, int start, int limit) {
		}
	}
}
