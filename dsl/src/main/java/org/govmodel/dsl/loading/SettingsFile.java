package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A {@code govmodel.json} file next to the models, holding the project's rule
 * severities:
 *
 * <pre>
 * { "rules": { "GOV-AUTO-001": "off", "GOV-SOL-002": "error" } }
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
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InvalidSettingsException(display + ": cannot read the settings (" + e.getMessage() + ")");
		}
		JsonObject rules;
		try {
			JsonElement root = JsonParser.parseString(text);
			JsonElement element = root.isJsonObject() ? root.getAsJsonObject().get("rules") : null;
			if (element == null) {
				return List.of();
			}
			if (!element.isJsonObject()) {
				throw new InvalidSettingsException(display + ": \"rules\" must be an object of rule ids and severities");
			}
			rules = element.getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new InvalidSettingsException(display + ": not valid JSON (" + e.getMessage() + ")");
		}
		List<RuleSetting> settings = new ArrayList<>();
		for (Map.Entry<String, JsonElement> entry : rules.entrySet()) {
			String severity = entry.getValue().isJsonPrimitive() ? entry.getValue().getAsString() : entry.getValue().toString();
			int[] position = positionOf(text, "\"" + entry.getKey() + "\"");
			settings.add(new RuleSetting(entry.getKey(), severity, display, position[0], position[1]));
		}
		return settings;
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
	public static class InvalidSettingsException extends Exception {
		private static final long serialVersionUID = 1L;

		public InvalidSettingsException(String message) {
			super(message);
		}
	}
}
