package org.govmodel.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in words a modeller understands: ANTLR's token names become
 * "a name", "a quoted text", ..., and each message says what to check.
 */
public class GovModelSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_ID", "a name",
			"RULE_STRING", "a quoted text",
			"RULE_INT", "a number",
			"EOF", "the end of the file",
			"<EOF>", "the end of the file");

	private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (\\S+)", Pattern.DOTALL);
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (\\S+)", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(rewrite(context.getDefaultMessage()), Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	static String rewrite(String message) {
		if (message == null) {
			return "The text does not follow the GovModel syntax here.";
		}
		Matcher m = MISSING.matcher(message);
		if (m.matches()) {
			return "Expected " + token(m.group(1)) + " before " + quoted(m.group(2)) + ".";
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return "Unexpected " + quoted(m.group(1)) + " here: expected " + token(m.group(2)) + ".";
		}
		m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return "Found " + quoted(m.group(1)) + " where " + token(m.group(2)) + " was expected.";
		}
		m = MISMATCHED_CHARACTER.matcher(message);
		if (m.matches()) {
			if (m.group(2).equals("\\n")) {
				// the lexer's comment rule takes \r only as the start of \r\n
				return "A line ends with a carriage return alone after a // comment: save the file with LF or CRLF line endings.";
			}
			return "Found " + quoted(m.group(1)) + " where '" + m.group(2) + "' was expected: check the quotes and comments before it.";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return quoted(m.group(1)) + " does not fit here: check the spelling of keywords and values, the commas between list items, and the braces.";
		}
		return message;
	}

	private static String token(String name) {
		return TOKENS.getOrDefault(name, name);
	}

	private static String quoted(String text) {
		return text.equals("<EOF>") ? "the end of the file" : "'" + text + "'";
	}
}
