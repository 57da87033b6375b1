package org.govmodel.dsl.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedException;
import org.govmodel.dsl.validation.Rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
		Settings settings = parse(file);
		JsonElement element = settings.root().get(RULES);
		if (element == null) {
			return List.of();
		}
		if (!element.isJsonObject()) {
			throw settings.invalidAt(positionOf(settings.text(), "\"" + RULES + "\""), RULES.length() + 2, "settings.rulesNotObject");
		}
		List<RuleSetting> rules = new ArrayList<>();
		for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
			String severity = entry.getValue().isJsonPrimitive() ? entry.getValue().getAsString() : entry.getValue().toString();
			int[] position = lineAndColumn(settings.text(), positionOf(settings.text(), "\"" + entry.getKey() + "\""));
			rules.add(new RuleSetting(entry.getKey(), severity, settings.display(), position[0], position[1]));
		}
		return rules;
	}

	/**
	 * The report language the file declares ({@code "language": "es"}), as written and where; empty
	 * when it declares none. Whether it names a language GovModel writes is judged by
	 * {@code i18n.ReportLanguage}.
	 *
	 * @throws InvalidSettingsException when the file cannot be read or is not the expected JSON
	 */
	public static Optional<LanguageSetting> language(Path file) throws InvalidSettingsException {
		Settings settings = parse(file);
		JsonElement element = settings.root().get(LANGUAGE);
		if (element == null || element.isJsonNull()) {
			return Optional.empty();
		}
		String value = element.isJsonPrimitive() ? element.getAsString() : element.toString();
		int[] position = lineAndColumn(settings.text(), positionOf(settings.text(), "\"" + LANGUAGE + "\""));
		return Optional.of(new LanguageSetting(value, settings.display(), position[0], position[1]));
	}

	/** A settings file read and parsed: its text, the file as the user names it, and its JSON object. */
	private record Settings(String text, String display, JsonObject root) {
		InvalidSettingsException invalidAt(int offset, int length, String key, Object... arguments) {
			return invalid(display, text, offset, length, key, arguments);
		}
	}

	/**
	 * The one reader of settings files, for every front end: UTF-8 text (a byte-order mark skipped) that is one
	 * JSON object, every way it is not reported where it is ({@link JsonSyntax}).
	 */
	private static Settings parse(Path file) throws InvalidSettingsException {
		String display = ModelFiles.display(file);
		String text = text(file, display);
		Optional<JsonSyntax.Error> error = JsonSyntax.check(text);
		if (error.isPresent()) {
			JsonSyntax.Error e = error.get();
			int offset = e.offset();
			throw invalid(display, text, offset, offset < text.length() ? 1 : 0, e.problem().key(), "found", found(text, offset), "limit", JsonSyntax.MAX_DEPTH);
		}
		JsonElement root = JsonParser.parseString(text); // valid JSON no deeper than JsonSyntax.MAX_DEPTH: Gson accepts it
		if (!root.isJsonObject()) {
			int offset = firstNonSpace(text);
			throw invalid(display, text, offset, 1, "settings.notObject");
		}
		return new Settings(text, display, root.getAsJsonObject());
	}

	private static String text(Path file, String display) throws InvalidSettingsException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new InvalidSettingsException(display, 1, 1, 0, 0, "settings.missing");
		} catch (AccessDeniedException e) {
			throw new InvalidSettingsException(display, 1, 1, 0, 0, "settings.denied");
		} catch (IOException e) {
			throw new InvalidSettingsException(display, 1, 1, 0, 0, "settings.unreadable");
		}
		CharBuffer text = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes), text, true);
		if (result.isError()) {
			String before = text.flip().toString();
			throw invalid(display, before, before.length(), 0, "settings.json.encoding");
		}
		String decoded = text.flip().toString();
		return decoded.startsWith(BYTE_ORDER_MARK) ? decoded.substring(1) : decoded;
	}

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String RULES = "rules";

	private static InvalidSettingsException invalid(String display, String text, int offset, int length, String key, Object... arguments) {
		int[] position = lineAndColumn(text, offset);
		return new InvalidSettingsException(display, position[0], position[1], offset, length, key, arguments);
	}

	/** The character at an offset, as a message quotes it (a whole code point); empty at the end. */
	private static String found(String text, int offset) {
		return offset < text.length() ? new String(Character.toChars(text.codePointAt(offset))) : "";
	}

	private static int firstNonSpace(String text) {
		int offset = 0;
		while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
			offset++;
		}
		return offset;
	}

	/** The settings' key for the report language. */
	public static final String LANGUAGE = "language";

	/** A report language as a settings file writes it: the value, the file as the user names it, and the key's position. */
	public record LanguageSetting(String value, String source, int line, int column) {
	}

	/** Where a key first appears (0 when it does not). */
	private static int positionOf(String text, String needle) {
		return Math.max(0, text.indexOf(needle));
	}

	/** The 1-based line and column of an offset. */
	private static int[] lineAndColumn(String text, int offset) {
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

	/**
	 * A settings file that cannot be used, and where: reported as a diagnostic of the file (GOV-CONFIG-001)
	 * whose message says what to do.
	 */
	public static class InvalidSettingsException extends LocalizedException {
		private static final long serialVersionUID = 1L;

		private final String file;
		private final int line;
		private final int column;
		private final int offset;
		private final int length;

		InvalidSettingsException(String file, int line, int column, int offset, int length, String key, Object... arguments) {
			super(key, arguments);
			this.file = file;
			this.line = line;
			this.column = column;
			this.offset = offset;
			this.length = length;
		}

		/** What is wrong and what to do, without where: an editor's marker on the file says where. */
		public String problem(Language language) {
			return super.message(language);
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}

		/** Characters from the start of the file. */
		public int offset() {
			return offset;
		}

		/** Characters concerned (0 at the end of the file, or when the file could not be read). */
		public int length() {
			return length;
		}

		/** The problem as a diagnostic of the settings file, shown as {@link ModelFiles#display}. */
		public ModelDiagnostic diagnostic(Language language) {
			return new ModelDiagnostic(file, line, column, length, Severity.ERROR, problem(language), Rules.UNKNOWN_RULE, new String[0], null);
		}

		/** The diagnostic's line ({@link ModelDiagnostic#toLine}): file, line, column, message and rule, one line. */
		@Override
		public String message(Language language) {
			return diagnostic(language).toLine();
		}

		@Override
		public String getMessage() {
			return message(Language.EN);
		}
	}
}
