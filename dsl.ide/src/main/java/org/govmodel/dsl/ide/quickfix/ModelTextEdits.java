package org.govmodel.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where a fix's text goes in a model file: lines added to an element's block
 * (opening the block when the element has none), a declaration before or after
 * an element, the text of a feature replaced or extended. The edits carry the
 * words and the line breaks between clauses only; {@link CanonicalLayout} has
 * the project's formatter indent them, so that no fix writes layout by hand.
 */
final class ModelTextEdits {

	private final Document document;

	/** The document's own line break, so that a CRLF file stays CRLF. */
	private final String newline;

	ModelTextEdits(Document document) {
		this.document = document;
		this.newline = document.getContents().contains("\r\n") ? "\r\n" : "\n";
	}

	/** Lines added at the top of the element's block (where every clause is allowed); a line may hold a block of its own. */
	TextEdit addFirst(EObject element, String... lines) {
		Optional<ILeafNode> open = brace(element, "{", true);
		if (open.isEmpty()) {
			return openBlock(element, lines);
		}
		return insert(endOfLineIfOnlyTrivia(open.get().getEndOffset()), newline + joined(lines));
	}

	/** Lines added at the end of the element's block (after its units, authorities and boards). */
	TextEdit addLast(EObject element, String... lines) {
		Optional<ILeafNode> close = brace(element, "}", false);
		if (close.isEmpty()) {
			return openBlock(element, lines);
		}
		int offset = close.get().getOffset();
		String before = lineBefore(offset);
		return before.isBlank() ? insert(offset - before.length(), joined(lines) + newline) : insert(offset, newline + joined(lines) + newline);
	}

	/** A declaration on a new line after the element (and after a comment ending its line). */
	TextEdit addAfter(EObject element, String... lines) {
		return insert(endOfLineIfOnlyTrivia(end(element)), newline + joined(lines));
	}

	/** A declaration on a new line before the element. */
	TextEdit addBefore(EObject element, String... lines) {
		int start = NodeModelUtils.findActualNodeFor(element).getOffset();
		String before = lineBefore(start);
		// when something (a comment) precedes the element on its line, the line breaks before the element
		return before.isBlank() ? insert(start - before.length(), joined(lines) + newline) : insert(start, newline + joined(lines) + newline);
	}

	/** The text of the feature's first node replaced. */
	Optional<TextEdit> replace(EObject element, EStructuralFeature feature, String text) {
		return firstNode(element, feature).map(node -> new TextEdit(range(node.getOffset(), node.getEndOffset()), text));
	}

	/** Text inserted right after the feature's last node (e.g. {@code " rank undersecretary"} after a title). */
	Optional<TextEdit> appendTo(EObject element, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? Optional.empty() : Optional.of(insert(nodes.get(nodes.size() - 1).getEndOffset(), text));
	}

	Optional<INode> firstNode(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
	}

	private TextEdit openBlock(EObject element, String... lines) {
		return insert(end(element), " {" + newline + joined(lines) + newline + "}");
	}

	/**
	 * The end of the offset's line (before its line break) when only blanks or a
	 * comment follow the offset there, so that a trailing comment stays on its line.
	 */
	private int endOfLineIfOnlyTrivia(int offset) {
		String text = document.getContents();
		int end = text.indexOf('\n', offset);
		end = end < 0 ? text.length() : end;
		if (end > offset && text.charAt(end - 1) == '\r') {
			end--;
		}
		String rest = text.substring(offset, end).strip();
		boolean trivia = rest.isEmpty() || rest.startsWith("//") || (rest.startsWith("/*") && rest.indexOf("*/") == rest.length() - 2);
		return trivia ? end : offset;
	}

	/** End of the element's last token (its trailing comments stay where they are). */
	private static int end(EObject element) {
		ILeafNode last = null;
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last == null ? NodeModelUtils.findActualNodeFor(element).getEndOffset() : last.getEndOffset();
	}

	/** The element's own opening (first) or closing (last) brace. */
	private static Optional<ILeafNode> brace(EObject element, String brace, boolean first) {
		ILeafNode found = null;
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (!leaf.isHidden() && brace.equals(leaf.getText())) {
				found = leaf;
				if (first) {
					break;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/** The text between the start of the line and the offset. */
	private String lineBefore(int offset) {
		String text = document.getContents();
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		return text.substring(start, offset);
	}

	/** The lines one after the other, with the document's line break (also inside a line that holds a block). */
	private String joined(String... lines) {
		return String.join(newline, lines).replace("\r\n", "\n").replace("\n", newline);
	}

	private TextEdit insert(int offset, String text) {
		return new TextEdit(range(offset, offset), text);
	}

	private Range range(int start, int end) {
		Position from = document.getPosition(start);
		Position to = document.getPosition(end);
		return new Range(from, to);
	}
}
