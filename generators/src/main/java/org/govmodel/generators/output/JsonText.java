package org.govmodel.generators.output;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.google.gson.stream.JsonWriter;

/**
 * JSON files as the reports write them (Gson's pretty printing: two spaces a level, one value a line, no HTML
 * escaping), written as they are made instead of built as a tree first: a national model's JSON export is tens of
 * megabytes, and its tree took more memory and time than the text.
 */
public final class JsonText {

	/** Writes a JSON value. */
	@FunctionalInterface
	public interface Body {
		void write(JsonWriter json) throws IOException;
	}

	private static final String INDENT = "  ";

	private JsonText() {
	}

	/**
	 * @param nulls whether a property whose value is null is written ({@code "doc": null}) or left out
	 * @return the value as text, without a line break after it
	 */
	public static String pretty(boolean nulls, Body body) {
		TextBuffer text = new TextBuffer();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent(INDENT);
			json.setHtmlSafe(false);
			json.setSerializeNulls(nulls);
			body.write(json);
		} catch (IOException e) {
			// a TextBuffer does not fail
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	/**
	 * A value written on its own by {@link #pretty}, indented to stand {@code depth} levels deep in another, where
	 * {@link JsonWriter#jsonValue} sets it: values are made apart (on several threads) and joined in order. Every line
	 * break of pretty-printed JSON is formatting (a string's line break is written {@code \n}), so each gains the
	 * indentation of the depth.
	 */
	public static String atDepth(String value, int depth) {
		return value.replace("\n", "\n" + INDENT.repeat(depth));
	}
}
