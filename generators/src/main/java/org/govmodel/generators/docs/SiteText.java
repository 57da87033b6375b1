package org.govmodel.generators.docs;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.time.ZoneOffset;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.i18n.Vocabulary;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;

/**
 * Every word the documentation site writes, in the readers' language: the site's own
 * phrases (bundle {@code org.govmodel.generators.i18n.site}), the model's enumerated values
 * as words ({@link Vocabulary}), library titles ({@link LocalizedTitles}), and numbers,
 * money, dates and lists in the language's format. Returns plain text, or {@link Inline runs} where
 * the words sit around links.
 */
final class SiteText {

	static final String BUNDLE = "org.govmodel.generators.i18n.site";

	private final Messages messages;
	private final Vocabulary vocabulary;
	private final LocalizedTitles titles;

	SiteText(Language language, LocalizedTitles titles) {
		this.messages = Messages.load(BUNDLE, SiteText.class, language);
		this.vocabulary = new Vocabulary(language);
		this.titles = titles;
	}

	Language language() {
		return messages.language();
	}

	/** A phrase of the site's bundle with its named arguments. */
	String get(String key, Object... namesAndValues) {
		return messages.text(key, namesAndValues);
	}

	/**
	 * A phrase of the site's bundle whose arguments may be runs (links, lists of links, model text that
	 * sits beside them): each run goes where the phrase puts its argument, the rest is the bundle's text.
	 */
	Inline phrase(String key, Object... namesAndValues) {
		Object[] arguments = namesAndValues.clone();
		List<Inline> runs = new ArrayList<>();
		for (int i = 1; i < arguments.length; i += 2) {
			if (arguments[i] instanceof Inline run) {
				arguments[i] = Inline.marker(runs.size());
				runs.add(run);
			}
		}
		return Inline.withRuns(messages.text(key, arguments), runs);
	}

	/** The reader's word for a model value ({@code define-solutions} → "define solutions"). */
	String word(Enumerator value) {
		return vocabulary.text(value);
	}

	/** The reader's words for model values, as a list in the language's form ("a, b and c"). */
	String words(Collection<? extends Enumerator> values) {
		return list(values.stream().map(this::word).toList());
	}

	String list(List<String> items) {
		return items.isEmpty() ? "" : messages.list(items);
	}

	/**
	 * Runs (links) as a list in the language's form ("a, b and c"), with the words between them chosen for
	 * the runs' own text, as for a list of words ("Hacienda e Innovación"); empty for none.
	 */
	Inline listed(List<Inline> runs) {
		if (runs.isEmpty()) {
			return Inline.EMPTY;
		}
		Messages.Listed listed = messages.listed(runs.stream().map(Inline::plainText).toList());
		// the list with a marker in each item's place: the words between the items are the language's own
		StringBuilder text = new StringBuilder();
		int from = 0;
		for (Messages.Listed.Span item : listed.items()) {
			text.append(listed.text(), from, item.start()).append(Inline.marker(item.item()));
			from = item.limit();
		}
		text.append(listed.text(), from, listed.text().length());
		return Inline.withRuns(text.toString(), runs);
	}

	/** A library or model element's title in the language (as written when it has no translation). */
	String title(EObject element) {
		return titles.title(element, messages.language());
	}

	/**
	 * An element's description in the language: a library tier's or solution kind's translation, else its
	 * documentation comment as written; null when it has none.
	 */
	String description(EObject element) {
		return titles.description(element, messages.language()).orElse(null);
	}

	String money(BigDecimal amount, String currency) {
		return messages.money(amount, currency);
	}

	String integer(Number value) {
		return messages.integer(value);
	}

	/** A decimal as written in the model (its own precision), in the language's format. */
	String number(BigDecimal value) {
		return messages.decimal(value, Math.max(0, value.stripTrailingZeros().scale()));
	}

	/** A model date ({@code 2024-06} or {@code 2024-06-30}) in the language's words: "June 2024", "30 de junio de 2024". */
	String date(String modelDate) {
		if (modelDate == null || modelDate.isEmpty()) {
			return "";
		}
		String[] parts = modelDate.split("-");
		try {
			if (parts.length == 3) {
				return messages.date(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
			}
			LocalDate first = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
			DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", messages.language().uLocale());
			format.setTimeZone(TimeZone.GMT_ZONE);
			return format.format(Date.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
		} catch (NumberFormatException | DateTimeException e) {
			// validation reports malformed dates; a page shows what the model says
			return modelDate;
		}
	}

	/** The text with its first letter in upper case, for a model word that starts a line ("Institution"). */
	String capitalized(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int first = text.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(text.substring(Character.charCount(first))).toString();
	}
}
