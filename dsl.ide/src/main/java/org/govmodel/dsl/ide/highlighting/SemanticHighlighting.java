package org.govmodel.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours names by what they name, where they are declared and wherever they
 * are referred to ({@link HighlightingStyles}), and enumeration values as
 * values: what the TextMate grammar cannot know.
 */
public class SemanticHighlighting implements ISemanticHighlightingCalculator {

	private record Token(int offset, int length, String[] ids) {
	}

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return;
		}
		List<Token> tokens = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext() && !cancel.isCanceled();) {
			EObject element = all.next();
			names(element, tokens);
			references(element, tokens);
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (isEnumValue(leaf)) {
				tokens.add(new Token(leaf.getOffset(), leaf.getLength(), new String[] { HighlightingStyles.VALUE }));
			}
		}
		tokens.sort(Comparator.comparingInt(Token::offset));
		tokens.forEach(token -> acceptor.addPosition(token.offset(), token.length(), token.ids()));
	}

	private static void names(EObject element, List<Token> tokens) {
		if (element.eClass().getEStructuralFeature("name") instanceof EAttribute name) {
			for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
				tokens.add(new Token(node.getOffset(), node.getLength(), new String[] { HighlightingStyles.typeOf(element.eClass()), HighlightingStyles.DECLARATION }));
			}
		}
	}

	private static void references(EObject element, List<Token> tokens) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
			List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference) : Collections.singletonList(element.eGet(reference));
			for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
				if (targets.get(i) instanceof EObject target && !target.eIsProxy()) {
					INode node = nodes.get(i);
					tokens.add(new Token(node.getOffset(), node.getLength(), new String[] { HighlightingStyles.typeOf(target.eClass()) }));
				}
			}
		}
	}

	private static boolean isEnumValue(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		if (grammar instanceof Keyword keyword) {
			grammar = keyword.eContainer();
		}
		return grammar instanceof EnumLiteralDeclaration && GrammarUtil.containingRule(grammar) instanceof EnumRule rule
				&& HighlightingStyles.isValueEnum(rule.getName());
	}
}
