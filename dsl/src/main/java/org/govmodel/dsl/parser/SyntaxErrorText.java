package org.govmodel.dsl.parser;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.govmodel.dsl.i18n.Messages;

/**
 * A syntax error's message as a diagnostics-bundle key with its named arguments. The parser
 * writes it before the model's resource (and so its language) is known: it travels in the
 * syntax error's issue data, and {@code GovModelResource} renders it in the language of its
 * resource set when it turns the error into a diagnostic (whose data it leaves empty, as before).
 */
public record SyntaxErrorText(String key, Map<String, String> arguments) {

	/** The first issue-data entry that marks the data as a keyed text. */
	private static final String MARKER = "govmodel.syntax-text";

	/** A text from a key and name, value pairs. */
	public static SyntaxErrorText of(String key, String... namesAndValues) {
		Map<String, String> arguments = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			arguments.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new SyntaxErrorText(key, arguments);
	}

	/** The same text under a key with a suffix (a variant) and more arguments. */
	public SyntaxErrorText variant(String suffix, String... namesAndValues) {
		Map<String, String> more = new LinkedHashMap<>(arguments);
		more.putAll(of(key, namesAndValues).arguments());
		return new SyntaxErrorText(key + suffix, more);
	}

	/** The kind of an element being read, as the key of its word in the bundle: {@code element.solution-kind}. */
	public static String kind(EClass type) {
		return type.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The message in the bundle's language. The kind of element being read travels as a word of the grammar
	 * ({@code solution-kind}) and is shown as the bundle's {@code element.*} word for it.
	 */
	public String render(Messages messages) {
		String kind = arguments.get("kind");
		if (kind == null || !messages.has("element." + kind)) {
			return messages.format(key, arguments);
		}
		Map<String, String> shown = new LinkedHashMap<>(arguments);
		shown.put("kind", messages.text("element." + kind));
		return messages.format(key, shown);
	}

	public String[] encode() {
		String[] data = new String[2 + 2 * arguments.size()];
		data[0] = MARKER;
		data[1] = key;
		int i = 2;
		for (Map.Entry<String, String> argument : arguments.entrySet()) {
			data[i++] = argument.getKey();
			data[i++] = argument.getValue();
		}
		return data;
	}

	/** The text carried by a syntax error's issue data, if the data is one. */
	public static Optional<SyntaxErrorText> decode(String[] data) {
		if (data == null || data.length < 2 || !MARKER.equals(data[0])) {
			return Optional.empty();
		}
		return Optional.of(of(data[1], Arrays.copyOfRange(data, 2, data.length)));
	}
}
