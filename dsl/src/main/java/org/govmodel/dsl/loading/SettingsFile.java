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

	/** Marks a repository's root folder: a settings file is never looked for above it. */
	private static final String REPOSITORY = ".git";

	/**
	 * The settings file that applies to a model file: the nearest {@code govmodel.json} in the
	 * file's folder or a folder above it, looking no higher than the root of the repository that
	 * holds the file (the folder with {@code .git}). The rule depends only on where the model
	 * is, so the command line, the language server, Eclipse and Maven find the same file for it
	 * whatever folder or project they were opened on (docs/architecture.md, "Finding models and settings").
	 */
	public static Optional<Path> applyingTo(Path model) {
		Path folder = model.toAbsolutePath().normalize().getParent();
		return folder == null ? Optional.empty() : applyingToModelsIn(folder);
	}

	/** The settings file that applies to the model files of a folder ({@link #applyingTo}). */
	public static Optional<Path> applyingToModelsIn(Path modelFolder) {
		for (Path folder = modelFolder.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve(NAME);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
			if (Files.exists(folder.resolve(REPOSITORY))) {
				return Optional.empty();
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
