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
 * Text edits that keep a model file in the canonical layout (four spaces per
 * block level, one clause per line): adding lines to an element's block,
 * opening the block when the element has none, replacing or extending the
 * text of a feature.
 */
final class ModelTextEdits {

	private static final String INDENT = "    ";

	private final Document document;

	/** The document's own line break, so that a CRLF file stays CRLF. */
	private final String newline;

	ModelTextEdits(Document document) {
		this.document = document;
		this.newline = document.getContents().contains("\r\n") ? "\r\n" : "\n";
	}

	/** Lines added at the top of the element's block (where every clause is allowed); nested lines indent by four spaces. */
	TextEdit addFirst(EObject element, String... lines) {
		Optional<ILeafNode> open = brace(element, "{", true);
		if (open.isEmpty()) {
			return openBlock(element, lines);
		}
		String indent = indentOf(element) + INDENT;
		return insert(endOfLineIfOnlyTrivia(open.get().getEndOffset()), newline + indented(indent, lines).stripTrailing());
	}

	/** Lines added at the end of the element's block (after its units, authorities and boards). */
	TextEdit addLast(EObject element, String... lines) {
		Optional<ILeafNode> close = brace(element, "}", false);
		if (close.isEmpty()) {
			return openBlock(element, lines);
		}
		String indent = indentOf(element);
		int offset = close.get().getOffset();
		if (lineBefore(offset).isBlank()) {
			return insert(offset - lineBefore(offset).length(), indented(indent + INDENT, lines));
		}
		return insert(offset, newline + indented(indent + INDENT, lines) + indent);
	}

	/** A declaration on a new line after the element (and after a comment ending its line), at the element's indentation. */
	TextEdit addAfter(EObject element, String... lines) {
		return insert(endOfLineIfOnlyTrivia(end(element)), newline + indented(indentOf(element), lines).stripTrailing());
	}

	/** A declaration on a new line before the element, at the element's indentation. */
	TextEdit addBefore(EObject element, String... lines) {
		int start = NodeModelUtils.findActualNodeFor(element).getOffset();
		String before = lineBefore(start);
		if (before.isBlank()) {
			return insert(start - before.length(), indented(before, lines));
		}
		// something (a comment) precedes the element on its line: break the line before the element
		String indent = indentOf(element);
		return insert(start, newline + indented(indent, lines) + indent);
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
		String indent = indentOf(element);
		return insert(end(element), " {" + newline + indented(indent + INDENT, lines) + indent + "}");
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

	private String indentOf(EObject element) {
		String line = lineBefore(NodeModelUtils.findActualNodeFor(element).getOffset());
		return line.substring(0, line.length() - line.stripLeading().length());
	}

	/** The text between the start of the line and the offset. */
	private String lineBefore(int offset) {
		String text = document.getContents();
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		return text.substring(start, offset);
	}

	private String indented(String indent, String... lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			for (String part : line.split("\n")) {
				text.append(indent).append(part).append(newline);
			}
		}
		return text.toString();
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
