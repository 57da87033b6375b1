package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govmodel.dsl.i18n.LocalizedException;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A {@code govmodel.json} file next to the models, holding the project's rule
 * severities and the language of its reports (see docs/localization.md):
 *
 * <pre>
 * { "language": "es", "rules": { "GOV-AUTO-001": "off", "GOV-SOL-002": "error" } }
 * </pre>
 */
public final class SettingsFile {

	public static final String NAME = "govmodel.json";

	private SettingsFile() {
	}

	/** The settings file for the named paths: in the first named folder (or a named file's folder) that has one. */
	public static Optional<Path> find(List<Path> paths) {
		for (Path path : paths) {
			Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
			if (folder != null && Files.isRegularFile(folder.resolve(NAME))) {
				return Optional.of(folder.resolve(NAME));
			}
		}
		return Optional.empty();
	}

	/**
	 * Reads the rule settings of a file.
	 *
	 * @throws InvalidSettingsException when the file cannot be read or is not the expected JSON
	 */
	public static List<RuleSetting> read(Path file) throws InvalidSettingsException {
		String display = ModelFiles.display(file);
		String text = text(file, display);
		JsonElement element = member(text, "rules", display);
		if (element == null) {
			return List.of();
		}
		if (!element.isJsonObject()) {
			throw new InvalidSettingsException("settings.rulesNotObject", "file", display);
		}
		List<RuleSetting> settings = new ArrayList<>();
		for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
			String severity = entry.getValue().isJsonPrimitive() ? entry.getValue().getAsString() : entry.getValue().toString();
			int[] position = positionOf(text, "\"" + entry.getKey() + "\"");
			settings.add(new RuleSetting(entry.getKey(), severity, display, position[0], position[1]));
		}
		return settings;
	}

	/**
	 * The report language the file declares ({@code "language": "es"}), as written and where; empty
	 * when it declares none. Whether it names a language GovModel writes is judged by
	 * {@code i18n.ReportLanguage}.
	 *
	 * @throws InvalidSettingsException when the file cannot be read or is not the expected JSON
	 */
	public static Optional<LanguageSetting> language(Path file) throws InvalidSettingsException {
		String display = ModelFiles.display(file);
		String text = text(file, display);
		JsonElement element = member(text, LANGUAGE, display);
		if (element == null || element.isJsonNull()) {
			return Optional.empty();
		}
		String value = element.isJsonPrimitive() ? element.getAsString() : element.toString();
		int[] position = positionOf(text, "\"" + LANGUAGE + "\"");
		return Optional.of(new LanguageSetting(value, display, position[0], position[1]));
	}

	private static String text(Path file, String display) throws InvalidSettingsException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InvalidSettingsException("settings.unreadable", "file", display, "reason", String.valueOf(e.getMessage()));
		}
	}

	/** A top-level member of the settings' JSON object, or null when absent. */
	private static JsonElement member(String text, String key, String display) throws InvalidSettingsException {
		try {
			JsonElement root = JsonParser.parseString(text);
			return root.isJsonObject() ? root.getAsJsonObject().get(key) : null;
		} catch (JsonParseException | IllegalStateException e) {
			throw new InvalidSettingsException("settings.notJson", "file", display, "reason", String.valueOf(e.getMessage()));
		}
	}

	/** The settings' key for the report language. */
	public static final String LANGUAGE = "language";

	/** A report language as a settings file writes it: the value, the file as the user names it, and the key's position. */
	public record LanguageSetting(String value, String source, int line, int column) {
	}

	private static int[] positionOf(String text, String needle) {
		int offset = Math.max(0, text.indexOf(needle));
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new int[] { line, column };
	}

	/** A settings file that cannot be used. */
	public static class InvalidSettingsException extends LocalizedException {
		private static final long serialVersionUID = 1L;

		InvalidSettingsException(String key, Object... arguments) {
			super(key, arguments);
		}
	}
}
