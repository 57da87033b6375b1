package org.govmodel.cli;

import java.io.PrintWriter;
import java.util.List;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.loading.TerminalText;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read (an unknown option, a missing value, a value of the wrong kind)
 * explained in the language of the help: one line saying what is wrong, then the suggestions or the
 * command's usage, as picocli's own handler does, with exit code 2. English keeps picocli's own words;
 * Spanish and Portuguese come from the {@code messages} bundle ({@code usage.*}). The language is the
 * help's ({@link LanguageOption#forHelp}), known before the parse fails.
 */
final class LocalizedUsageErrors implements IParameterExceptionHandler {

	private final Language language;

	LocalizedUsageErrors(Language language) {
		this.language = language;
	}

	@Override
	public int handleParseException(ParameterException e, String[] args) {
		CommandLine command = e.getCommandLine();
		PrintWriter err = command.getErr();
		if (language == Language.EN) {
			err.println(e.getMessage());
			if (!UnmatchedArgumentException.printSuggestions(e, err)) {
				command.usage(err, command.getColorScheme());
			}
		} else {
			Messages messages = CliMessages.of(language);
			err.println(TerminalText.escape(line(e, messages)));
			List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
			if (suggestions.isEmpty()) {
				command.usage(err, command.getColorScheme());
			} else {
				err.println(messages.text("usage.suggestions", "options", String.join(", ", suggestions)));
			}
		}
		err.flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	private static String line(ParameterException e, Messages messages) {
		if (e instanceof UnmatchedArgumentException unmatched) {
			List<String> arguments = unmatched.getUnmatched();
			return messages.text("usage.unmatched", "count", arguments.size(), "arguments", quoted(arguments));
		}
		if (e instanceof MissingParameterException missing) {
			List<String> names = missing.getMissing().stream().map(LocalizedUsageErrors::name).toList();
			// picocli throws the same exception for an option given without its value and for a required one left out
			boolean valueOfAGivenOption = e.getMessage() != null && e.getMessage().startsWith("Missing required parameter for option");
			return messages.text(valueOfAGivenOption ? "usage.missingValue" : "usage.missing", "count", names.size(), "names", quoted(names));
		}
		if (e.getArgSpec() == null && e.getValue() != null && !e.getCommandLine().getSubcommands().containsKey(e.getValue())) {
			// `govmodel help valdate`: picocli's help command names a command there is not (when it runs, not while parsing)
			return messages.text("usage.unknownCommand", "command", e.getValue(), "commands", String.join(", ", e.getCommandLine().getSubcommands().keySet()));
		}
		if (e.getArgSpec() != null && e.getValue() != null) {
			String choices = choices(e.getArgSpec());
			return messages.text(choices.isEmpty() ? "usage.invalidValue" : "usage.invalidChoice", "name", name(e.getArgSpec()), "value", e.getValue(),
					"choices", choices);
		}
		// what picocli reports otherwise (an option repeated, too many values) is rare enough to keep its English words
		return e.getMessage();
	}

	/** The values the option takes, when they are a fixed set (an enum, the languages), for the line to list. */
	private static String choices(ArgSpec arg) {
		if (arg.type() == Language.class) {
			return Language.codes();
		}
		if (arg.type().isEnum()) {
			return String.join(", ", java.util.Arrays.stream(arg.type().getEnumConstants()).map(String::valueOf).toList());
		}
		return "";
	}

	private static String name(ArgSpec arg) {
		return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
	}

	private static String quoted(List<String> items) {
		return String.join(", ", items.stream().map(item -> "'" + item + "'").toList());
	}
}
