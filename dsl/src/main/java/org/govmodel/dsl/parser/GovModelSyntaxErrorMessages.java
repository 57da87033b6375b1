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
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.govmodel.dsl.conversion.ConversionError;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.util.Suggestions;

import com.google.inject.Inject;

/**
 * Syntax errors in words a modeller understands: ANTLR's token names become
 * "a name", "a quoted text", ..., and each message says what to check. The
 * messages are keyed texts of the diagnostics bundle (see {@link SyntaxErrorText}).
 */
public class GovModelSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** The key of the syntax errors in the diagnostics bundle; variants add a suffix. */
	private static final String KEY = "GOV-SYNTAX-001";

	/** ANTLR's token names, as the kinds of token the messages name in words. */
	private static final Map<String, String> TOKEN_KINDS = Map.of("RULE_ID", "name", "RULE_STRING", "text", "RULE_INT", "number", "EOF", "end", "<EOF>", "end");

	private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (\\S+)", Pattern.DOTALL);
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (\\S+)", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting '(.*)'", Pattern.DOTALL);
	private static final Pattern UNCLOSED_TEXT = Pattern.compile("mismatched character '(.*)' expecting '([\"'])'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

	private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

	/** What a file may begin with before its declarations. */
	private static final Set<String> HEADER_KEYWORDS = Set.of("namespace", "import");

	@Inject
	private IGrammarAccess grammar;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorText text = rewrite(context.getDefaultMessage());
		// a closing brace missing, not a stray word inside the block
		boolean braceMissing = "'}'".equals(text.arguments().get("expected")) && (text.key().endsWith(".missing")
				|| (text.key().endsWith(".mismatched") && "yes".equals(text.arguments().get("atEnd"))));
		if (braceMissing) {
			text = openBlock(text, context).orElse(text);
		}
		// only the end of the file can follow the declarations: what stands there is a word that begins none (a note
		// without `//`, one letter typed into a new file); "expected the end of the file" would not say what to write
		if ("end".equals(text.arguments().get("expectedKind")) && "no".equals(text.arguments().get("atEnd"))) {
			String found = text.arguments().get("found");
			// the header's keywords are words of the language, only out of place after a declaration
			text = SyntaxErrorText.of(KEY + (HEADER_KEYWORDS.contains(found) ? ".declaration.header" : ".declaration"), "found", found);
		}
		Optional<String> keyword = mistypedKeyword(context);
		if (keyword.isPresent()) {
			text = context.getCurrentContext() == null
					? SyntaxErrorText.of(KEY + ".keyword.here", "found", offendingText(context), "keyword", keyword.get())
					: SyntaxErrorText.of(KEY + ".keyword", "found", offendingText(context), "keyword", keyword.get(), "kind", kindOf(context.getCurrentContext()));
		}
		// the message is written in English here and again in the model's language by GovModelResource
		return new SyntaxErrorMessage(text.render(DiagnosticLanguage.messages(Language.EN)), Diagnostic.SYNTAX_DIAGNOSTIC, text.encode());
	}

	/**
	 * A value that could not be converted: a {@link ConversionError} carries its keyed text, for
	 * {@code GovModelResource} to write in the model's language; a ranged error keeps Xtext's range
	 * as the issue data's first entry, the text after it.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException exception = context.getValueConverterException();
		if (!(exception instanceof ConversionError error)) {
			return super.getSyntaxErrorMessage(context);
		}
		String[] text = error.text().encode();
		if (!(exception instanceof ValueConverterWithValueException ranged) || !ranged.hasRange()) {
			return new SyntaxErrorMessage(exception.getMessage(), Diagnostic.SYNTAX_DIAGNOSTIC, text);
		}
		String[] data = new String[text.length + 1];
		data[0] = ranged.getOffset() + ":" + ranged.getLength();
		System.arraycopy(text, 0, data, 1, text.length);
		return new SyntaxErrorMessage(exception.getMessage(), Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE, data);
	}

	/** The message with " The block of ... opened on line N is not closed.", when a closing brace is missing. */
	private static Optional<SyntaxErrorText> openBlock(SyntaxErrorText text, IParserErrorContext context) {
		EObject element = context.getCurrentContext();
		INode node = context.getCurrentNode();
		if (element == null || node == null) {
			return Optional.empty();
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				Object named = name == null ? null : element.eGet(name);
				String line = String.valueOf(leaf.getStartLine());
				return Optional.of(named == null ? text.variant(".block", "kind", kindOf(element), "line", line)
						: text.variant(".block.named", "kind", kindOf(element), "name", named.toString(), "line", line));
			}
		}
		return Optional.empty();
	}

	private static String kindOf(EObject element) {
		return SyntaxErrorText.kind(element.eClass());
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

	private static String offendingText(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		return e == null || e.token == null ? null : e.token.getText();
	}

	/** ANTLR's message as a keyed text: what was found, and what was expected there. */
	static SyntaxErrorText rewrite(String message) {
		if (message == null) {
			return SyntaxErrorText.of(KEY);
		}
		Matcher m = UNCLOSED_TEXT.matcher(message);
		if (m.matches()) {
			return SyntaxErrorText.of(KEY + ".unclosed-text", "quote", m.group(2));
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return found(expected(SyntaxErrorText.of(KEY + ".missing"), m.group(1)), m.group(2));
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return found(expected(SyntaxErrorText.of(KEY + ".extraneous"), m.group(2)), m.group(1));
		}
		m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return found(expected(SyntaxErrorText.of(KEY + ".mismatched"), m.group(2)), m.group(1));
		}
		m = MISMATCHED_CHARACTER.matcher(message);
		if (m.matches()) {
			if (m.group(2).equals("\\n")) {
				// the lexer's comment rule takes \r only as the start of \r\n
				return SyntaxErrorText.of(KEY + ".carriage-return");
			}
			return found(SyntaxErrorText.of(KEY + ".character", "expected", m.group(2)), m.group(1));
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return found(SyntaxErrorText.of(KEY + ".no-viable"), m.group(1));
		}
		return SyntaxErrorText.of(KEY + ".parser", "message", message);
	}

	/** The expected token: a kind of token (a name, a quoted text...) or a keyword. */
	private static SyntaxErrorText expected(SyntaxErrorText text, String token) {
		String kind = TOKEN_KINDS.getOrDefault(token, "keyword");
		return text.variant("", "expected", token, "expectedKind", kind);
	}

	/** What was found: some text, or the end of the file. */
	private static SyntaxErrorText found(SyntaxErrorText text, String found) {
		return text.variant("", "found", found, "atEnd", found.equals("<EOF>") ? "yes" : "no");
	}
}
