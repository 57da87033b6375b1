package org.govmodel.dsl.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Singleton;

/**
 * The nodes of an element's own clauses, by the feature they assign, in text order: what
 * {@link NodeModelUtils#findNodesForFeature} answers for one feature, for all features in one walk.
 * <p>
 * The validator asks for several features of every body and project on each edit; one walk per feature made
 * finding the grammar assignment of each node the largest single cost of revalidating a file in the language
 * server. The assignment of a grammar element never changes, so it is also remembered.
 */
@Singleton
public class OwnClauses {

	/** Grammar element → the feature its containing assignment sets, empty for none. */
	private final Map<EObject, Optional<String>> assignedFeature = new ConcurrentHashMap<>();

	/**
	 * Each feature the element's text assigns, with its nodes in text order; the clauses of nested elements are
	 * theirs, not the element's. Answers as {@link NodeModelUtils#findNodesForFeature} does, feature by feature.
	 */
	public Map<String, List<INode>> of(EObject element) {
		ICompositeNode root = NodeModelUtils.findActualNodeFor(element);
		if (root == null) {
			return Map.of();
		}
		Map<String, List<INode>> clauses = new HashMap<>();
		BidiTreeIterator<INode> nodes = root.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			EObject grammarElement = node.getGrammarElement();
			if (grammarElement instanceof Action action) {
				if (node.getSemanticElement() == element) {
					// {Type.feature=current}: the node after the action holds what was assigned
					INode assigned = nodes.next();
					if (action.getFeature() != null) {
						add(clauses, action.getFeature(), assigned);
					}
				} else {
					// a nested element whose rule starts with an action ({Autonomy} 'autonomy' …): its node stands where
					// the rule call of the assignment would, and the assignment is found under the action(s)
					INode first = ((ICompositeNode) node).getFirstChild();
					while (first.getGrammarElement() instanceof Action) {
						first = ((ICompositeNode) first).getFirstChild();
					}
					featureAssignedBy(first.getGrammarElement()).ifPresent(feature -> add(clauses, feature, node));
				}
				nodes.prune();
			} else if (grammarElement != null && node != root) {
				Optional<String> feature = featureAssignedBy(grammarElement);
				if (feature.isPresent()) {
					add(clauses, feature.get(), node);
					nodes.prune();
				}
			}
		}
		return clauses;
	}

	private static void add(Map<String, List<INode>> clauses, String feature, INode node) {
		clauses.computeIfAbsent(feature, f -> new ArrayList<>()).add(node);
	}

	private Optional<String> featureAssignedBy(EObject grammarElement) {
		return assignedFeature.computeIfAbsent(grammarElement, element -> Optional.ofNullable(GrammarUtil.containingAssignment(element)).map(Assignment::getFeature));
	}
}
