package org.govmodel.dsl.parser;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.govmodel.dsl.util.Suggestions;

import com.google.inject.Inject;

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
	private static final Pattern UNCLOSED_TEXT = Pattern.compile("mismatched character '(.*)' expecting '([\"'])'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

	@Inject
	private IGrammarAccess grammar;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = rewrite(context.getDefaultMessage());
		// a closing brace missing, not a stray word inside the block
		if (message.startsWith("Expected '}'") || message.startsWith("Found the end of the file where '}'")) {
			message += openBlock(context).orElse("");
		}
		Optional<String> keyword = mistypedKeyword(context);
		if (keyword.isPresent()) {
			message = "'" + offendingText(context) + "' is not a keyword " + where(context) + ": did you mean '" + keyword.get() + "'?";
		}
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/** " The block of ... opened on line N is not closed.", when a closing brace is missing. */
	private static Optional<String> openBlock(IParserErrorContext context) {
		EObject element = context.getCurrentContext();
		INode node = context.getCurrentNode();
		if (element == null || node == null) {
			return Optional.empty();
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				Object named = name == null ? null : element.eGet(name);
				String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
				String block = named == null ? "The " + kind + " block" : "The block of " + kind + " '" + named + "'";
				return Optional.of(" " + block + " opened on line " + leaf.getStartLine() + " is not closed: add its `}`.");
			}
		}
		return Optional.empty();
	}

	/** The keyword of the element being read that the offending word is a typo of, if any (`onwer` in a solution: `owner`). */
	private Optional<String> mistypedKeyword(IParserErrorContext context) {
		String text = offendingText(context);
		if (text == null || !WORD.matcher(text).matches()) {
			return Optional.empty();
		}
		Set<String> keywords = keywordsOf(context.getCurrentContext());
		return keywords.contains(text) ? Optional.empty() : Suggestions.closest(text, keywords.stream().filter(k -> WORD.matcher(k).matches()));
	}

	/** The keywords of the grammar rule that reads the element (all keywords at the top level). */
	private Set<String> keywordsOf(EObject element) {
		AbstractRule rule = element == null ? null : GrammarUtil.findRuleForName(grammar.getGrammar(), element.eClass().getName());
		List<Keyword> keywords = rule == null ? GrammarUtil.containedKeywords(grammar.getGrammar()) : GrammarUtil.containedKeywords(rule);
		return keywords.stream().map(Keyword::getValue).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String where(IParserErrorContext context) {
		return context.getCurrentContext() == null ? "here" : "of a " + context.getCurrentContext().eClass().getName().toLowerCase(Locale.ROOT);
	}

	private static String offendingText(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		return e == null || e.token == null ? null : e.token.getText();
	}

	static String rewrite(String message) {
		if (message == null) {
			return "The text does not follow the GovModel syntax here.";
		}
		Matcher m = UNCLOSED_TEXT.matcher(message);
		if (m.matches()) {
			return "This quoted text is not closed: add the closing " + m.group(2) + " on the line where it starts (a text cannot span lines).";
		}
		m = MISSING.matcher(message);
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
