package org.govmodel.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.Triple;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.parser.DepthLimitedParser;
import org.govmodel.dsl.parser.SyntaxErrorText;
import org.govmodel.dsl.validation.Rules;

/**
 * A model file as a resource. Reads the bytes as {@link ModelText} (UTF-8, a
 * byte-order mark accepted) and reports, next to the syntax errors, what the
 * text itself is wrong about: bytes that are not UTF-8 and nesting deeper than
 * {@link DepthLimitedParser} accepts. So whatever validation accepts, the
 * formatter and the generators can handle.
 */
public class GovModelResource extends LazyLinkingResource {

	/** What the last read of bytes found wrong; null when the text came as text (an editor's) or was clean. */
	private ModelText.InvalidBytes invalidBytes;

	private final Map<List<Diagnostic>, DiagnosticIndex> indexes = new IdentityHashMap<>();

	/** The linking diagnostic of each reference's node that did not resolve, so that resolving it removes it. */
	private final Map<INode, Diagnostic> linkingDiagnostics = new IdentityHashMap<>();

	/** What the did-you-mean searches of this file may still read until it is linked again. */
	private SuggestionBudget suggestions = SuggestionBudget.perFile();

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (inputStream instanceof LazyStringInputStream string) {
			invalidBytes = null;
			return new StringReader(string.getString());
		}
		ModelText text = ModelText.read(inputStream);
		invalidBytes = text.invalid();
		return new StringReader(text.text());
	}

	/**
	 * A parse, whole or partial, has ended: its elements, made without change notification
	 * ({@link org.govmodel.dsl.parser.SilentElementFactory}), notify again from here on, before
	 * they are linked or anyone else sees them. After an editor's partial parse only the reparsed
	 * element's subtree is new, yet the whole file is walked: finding that subtree would take the
	 * changed offset into this method, and the walk is small beside the parse it follows (a
	 * 2,377-line file, 1,624 elements: 0.5 ms of a 30-40 ms partial reparse, before linking and
	 * checking).
	 */
	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		EObject root = newParseResult == null ? null : newParseResult.getRootASTElement();
		if (root != null) {
			root.eSetDeliver(true);
			root.eAllContents().forEachRemaining(element -> element.eSetDeliver(true));
		}
		super.updateInternalState(oldParseResult, newParseResult);
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		invalidBytes = null;
		super.update(offset, replacedTextLength, newText);
	}

	/**
	 * Xtext checks {@code list.contains} before adding a linking diagnostic and
	 * calls {@code list.remove} when a name resolves: linear in the number of
	 * diagnostics each time, so a file with n unresolved names cost n² (100,000
	 * of them: minutes). A hash set beside each list makes both constant time.
	 */
	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message != null) {
			Diagnostic diagnostic = createDiagnostic(triple, message);
			indexOf(getDiagnosticList(message)).addIfAbsent(diagnostic);
			linkingDiagnostics.put(triple.getThird(), diagnostic);
		}
	}

	/**
	 * Called for every reference that resolves. Xtext finds the diagnostic to remove by building its message
	 * again, and ours looks through every name in scope for a did-you-mean: on a 10,000-line workspace that
	 * was seconds per edit. The diagnostic is found by its node instead; there is at most one per reference.
	 */
	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		Diagnostic diagnostic = linkingDiagnostics.remove(triple.getThird());
		if (diagnostic != null) {
			indexOf(getErrors()).removeIfPresent(diagnostic);
			indexOf(getWarnings()).removeIfPresent(diagnostic);
		}
	}

	/** What the did-you-mean searches for this file's unresolved references may still read, until it is linked again. */
	public SuggestionBudget suggestionBudget() {
		return suggestions;
	}

	private DiagnosticIndex indexOf(List<Diagnostic> list) {
		return indexes.computeIfAbsent(list, DiagnosticIndex::new);
	}

	/** One diagnostic list (errors or warnings) with a hash set of its contents, rebuilt when the list changed behind its back. */
	private static final class DiagnosticIndex {
		private final List<Diagnostic> list;
		private final Set<Diagnostic> set = new HashSet<>();
		private int syncedSize = -1;

		DiagnosticIndex(List<Diagnostic> list) {
			this.list = list;
		}

		void addIfAbsent(Diagnostic diagnostic) {
			sync();
			if (set.add(diagnostic)) {
				list.add(diagnostic);
				syncedSize = list.size();
			}
		}

		void removeIfPresent(Diagnostic diagnostic) {
			sync();
			if (set.remove(diagnostic)) {
				list.remove(diagnostic);
				syncedSize = list.size();
			}
		}

		private void sync() {
			if (syncedSize != list.size()) {
				set.clear();
				set.addAll(list);
				syncedSize = list.size();
			}
		}
	}

	/** A syntax error, its message written in the language of the resource set (see {@link SyntaxErrorText}). */
	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
		SyntaxErrorMessage error = node.getSyntaxErrorMessage();
		if (error != null && org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(error.getIssueCode()) && getParseResult() != null) {
			addRangedSyntaxDiagnostic(diagnostics, node, error);
			return;
		}
		Optional<SyntaxErrorText> text = SyntaxErrorText.decode(error == null ? null : error.getIssueData());
		if (text.isEmpty()) {
			super.addSyntaxDiagnostic(diagnostics, node);
			return;
		}
		String message = text.get().render(DiagnosticLanguage.messages(this));
		diagnostics.add(new XtextSyntaxDiagnostic(node) {
			@Override
			public String getMessage() {
				return message;
			}

			@Override
			public String[] getData() {
				return new String[0];
			}
		});
	}

	/**
	 * A value the parser read but could not convert, at a stretch inside its token (a {@code \\u} escape cut short).
	 * Xtext's own diagnostic for it counts the lines of the node's text up to the file's offset, which throws when
	 * the node starts after the file's first characters: located through the root node instead.
	 */
	private void addRangedSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node, SyntaxErrorMessage error) {
		String[] range = error.getIssueData() != null && error.getIssueData().length > 0 ? error.getIssueData()[0].split(":") : new String[0];
		// the range's offset is from the start of the node (with its hidden tokens), as Xtext's getOffset() reads it
		int offset = node.getTotalOffset() + (range.length == 2 ? number(range[0]) : 0);
		int length = range.length == 2 ? number(range[1]) : 0;
		Messages messages = DiagnosticLanguage.messages(this);
		// after the range, a keyed text (GovModelSyntaxErrorMessages); Xtext's own message otherwise
		Optional<SyntaxErrorText> text = error.getIssueData() == null || error.getIssueData().length < 2 ? Optional.empty()
				: SyntaxErrorText.decode(Arrays.copyOfRange(error.getIssueData(), 1, error.getIssueData().length));
		String message = text.map(keyed -> keyed.render(messages)).orElseGet(() -> messages.text("GOV-SYNTAX-001.parser", "message", String.valueOf(error.getMessage())));
		diagnostics.add(new TextDiagnostic(getParseResult().getRootNode(), offset, length, Rules.SYNTAX, message));
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	protected void addSyntaxErrors() {
		indexes.clear(); // the lists were just cleared for a new parse or linking
		linkingDiagnostics.clear();
		suggestions = SuggestionBudget.perFile();
		super.addSyntaxErrors();
		if (getParseResult() == null) {
			return;
		}
		ICompositeNode root = getParseResult().getRootNode();
		if (invalidBytes != null) {
			getErrors().add(new TextDiagnostic(root, invalidBytes.textOffset(), 1, Rules.UNREADABLE_FILE, invalidBytes.message(DiagnosticLanguage.messages(this))));
		}
		if (getParseResult() instanceof DepthLimitedParser.Result limited && limited.tooDeep() != null) {
			DepthLimitedParser.TooDeep tooDeep = limited.tooDeep();
			getErrors().add(new TextDiagnostic(root, tooDeep.offset(), 1, Rules.SYNTAX, tooDeep.message(DiagnosticLanguage.messages(this))));
		}
	}
}
