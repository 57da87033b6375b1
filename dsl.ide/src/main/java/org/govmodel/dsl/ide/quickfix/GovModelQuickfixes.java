package org.govmodel.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Solution;

/**
 * Quick fixes for rules that carry fix data (see docs/rules.md): small text
 * edits that keep the file in the canonical layout.
 */
public class GovModelQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	/** GOV-AUTH-006: the board's chair joins its members. */
	@QuickFix("GOV-AUTH-006")
	public void addChairToMembers(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add the chair to the members", (ITextModification) (diagnostic, object, document) -> {
			Board board = EcoreUtil2.getContainerOfType(object, Board.class);
			List<INode> members = board == null ? List.of() : NodeModelUtils.findNodesForFeature(board, GovModelPackage.Literals.BOARD__MEMBERS);
			List<INode> chair = board == null ? List.of() : NodeModelUtils.findNodesForFeature(board, GovModelPackage.Literals.BOARD__CHAIR);
			if (members.isEmpty() || chair.isEmpty()) {
				return List.of();
			}
			Position end = document.getPosition(members.get(members.size() - 1).getEndOffset());
			return List.of(new TextEdit(new Range(end, end), ", " + NodeModelUtils.getTokenText(chair.get(0))));
		});
	}

	/** GOV-SOL-004: the solution requires the existing solution of the missing kind (fix data: kind, candidates). */
	@QuickFix("GOV-SOL-004")
	public void requirePrerequisite(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Require the existing solution of the missing kind", (ITextModification) (diagnostic, object, document) -> {
			List<String> data = data(diagnostic);
			Solution solution = EcoreUtil2.getContainerOfType(object, Solution.class);
			if (data.size() < 2 || solution == null) {
				return List.of();
			}
			String candidate = data.get(1);
			List<INode> requires = NodeModelUtils.findNodesForFeature(solution, GovModelPackage.Literals.SOLUTION__REQUIRES);
			if (!requires.isEmpty()) {
				Position end = document.getPosition(requires.get(requires.size() - 1).getEndOffset());
				return List.of(new TextEdit(new Range(end, end), ", " + candidate));
			}
			return closingBrace(solution, document).map(brace -> {
				Position at = new Position(brace.getLine(), 0);
				return List.of(new TextEdit(new Range(at, at), " ".repeat(brace.getCharacter() + 4) + "requires " + candidate + "\n"));
			}).orElse(List.of());
		});
	}

	private static java.util.Optional<Position> closingBrace(EObject element, Document document) {
		ILeafNode last = null;
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				last = leaf;
			}
		}
		return last == null ? java.util.Optional.empty() : java.util.Optional.of(document.getPosition(last.getOffset()));
	}

	/** The diagnostic's fix data, in process (String[]) or after a JSON round trip (a list). */
	private static List<String> data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return List.of(array);
		}
		if (data instanceof com.google.gson.JsonArray array) {
			return array.asList().stream().map(e -> e.getAsString()).toList();
		}
		if (data instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
