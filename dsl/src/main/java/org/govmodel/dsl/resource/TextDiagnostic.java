package org.govmodel.dsl.resource;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * A resource diagnostic at a stretch of the text rather than at a parsed node:
 * for problems found before or beside parsing (bytes that are not UTF-8, a
 * nesting deeper than the parser accepts). Located through the root node, so
 * it is reported with line and column like a syntax error.
 */
public class TextDiagnostic extends AbstractDiagnostic {

	private final INode root;
	private final int offset;
	private final int length;
	private final String code;
	private final String message;

	public TextDiagnostic(INode root, int offset, int length, String code, String message) {
		this.root = root;
		this.offset = Math.max(0, Math.min(offset, root.getTotalLength()));
		this.length = Math.max(0, Math.min(length, root.getTotalLength() - this.offset));
		this.code = code;
		this.message = message;
	}

	@Override
	protected INode getNode() {
		return root;
	}

	@Override
	public String getCode() {
		return code;
	}

	@Override
	public String[] getData() {
		return new String[0];
	}

	@Override
	public String getMessage() {
		return message;
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public int getLine() {
		return at(offset).getLine();
	}

	@Override
	public int getColumn() {
		return at(offset).getColumn();
	}

	@Override
	public int getLineEnd() {
		return at(offset + length).getLine();
	}

	@Override
	public int getColumnEnd() {
		return at(offset + length).getColumn();
	}

	private LineAndColumn at(int position) {
		return NodeModelUtils.getLineAndColumn(root, position);
	}
}
