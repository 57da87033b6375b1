package org.govmodel.dsl.formatting2;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.UnorderedGroup;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The keywords that open a clause of a braced block ({@code owner},
 * {@code legal basis}, {@code status} inside {@code solution x ... { }}), read
 * off the grammar once: the first keyword of each member of an unordered group
 * that follows a <code>{</code>. Clauses of unbraced elements (an authority's
 * {@code rank}, an instrument's {@code year}) stay on the element's line.
 */
@Singleton
public class BlockClauses {

	private final Set<Keyword> clauseStarts = new HashSet<>();

	@Inject
	public BlockClauses(IGrammarAccess grammarAccess) {
		for (UnorderedGroup group : EcoreUtil2.eAllOfType(grammarAccess.getGrammar(), UnorderedGroup.class)) {
			if (followsOpeningBrace(group)) {
				for (AbstractElement clause : group.getElements()) {
					Keyword first = firstKeyword(clause);
					if (first != null) {
						clauseStarts.add(first);
					}
				}
			}
		}
	}

	public boolean startsClause(Keyword keyword) {
		return clauseStarts.contains(keyword);
	}

	private static boolean followsOpeningBrace(UnorderedGroup group) {
		if (!(group.eContainer() instanceof Group parent)) {
			return false;
		}
		List<AbstractElement> siblings = parent.getElements();
		int index = siblings.indexOf(group);
		return index > 0 && siblings.get(index - 1) instanceof Keyword k && "{".equals(k.getValue());
	}

	private static Keyword firstKeyword(AbstractElement element) {
		if (element instanceof Keyword keyword) {
			return keyword;
		}
		if (element instanceof Group group && !group.getElements().isEmpty()) {
			return firstKeyword(group.getElements().get(0));
		}
		if (element instanceof Assignment assignment) {
			return firstKeyword(assignment.getTerminal());
		}
		return null;
	}
}
