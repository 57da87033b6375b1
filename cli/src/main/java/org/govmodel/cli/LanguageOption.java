package org.govmodel.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.govmodel.dsl.i18n.Language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang en|es|pt}: the language of what a command writes for people (diagnostics, the
 * rule catalogue, help). Without it, the language of the environment ({@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG}); English otherwise. A mixin, so every command reads it the
 * same way.
 */
class LanguageOption {

	/** The bundle of the commands' help in Spanish and Portuguese; English help is the annotations' text. */
	static final String HELP_BUNDLE = "org.govmodel.cli.i18n.help";

	private static final String NAME = "--lang";

	@Option(names = NAME, paramLabel = "LANG", converter = Converter.class,
			description = "Language of messages and help: en, es or pt (default: from LC_ALL, LC_MESSAGES or LANG; else en).")
	private Language chosen;

	/** The chosen language, or the environment's. */
	Language language() {
		return orEnvironment(chosen);
	}

	/** A language given on the command line (null: none), else the environment's: what people at the console read. */
	static Language orEnvironment(Language given) {
		return given != null ? given : Language.fromEnvironment(System.getenv());
	}

	/**
	 * The language of the help, known before picocli parses the arguments (it renders help and
	 * usage errors during the parse): the value of {@code --lang} if given and valid, else the
	 * environment's.
	 */
	static Language forHelp(String[] args, Map<String, String> environment) {
		for (int i = 0; i < args.length; i++) {
			Optional<Language> given = Optional.empty();
			if (args[i].equals(NAME) && i + 1 < args.length) {
				given = Language.parse(args[i + 1]);
			} else if (args[i].startsWith(NAME + "=")) {
				given = Language.parse(args[i].substring(NAME.length() + 1));
			}
			if (given.isPresent()) {
				return given.get();
			}
		}
		return Language.fromEnvironment(environment);
	}

	/** The help bundle in a language; none for English, whose help is the annotations' own text. */
	static Optional<ResourceBundle> helpBundle(Language language) {
		if (language == Language.EN) {
			return Optional.empty();
		}
		ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		return Optional.of(ResourceBundle.getBundle(HELP_BUNDLE, new Locale(language.code()), LanguageOption.class.getClassLoader(), noFallback));
	}

	/** Reads the option's value as {@link Language#parse} does; an unknown language is a usage error. */
	static final class Converter implements ITypeConverter<Language> {
		@Override
		public Language convert(String value) {
			return Language.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a language GovModel writes: use one of " + Language.codes()));
		}
	}
}
