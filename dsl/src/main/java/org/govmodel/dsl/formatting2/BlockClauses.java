package org.govmodel.dsl.formatting2;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
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
 * {@code legal basis}, {@code status} inside {@code solution x ... { }};
 * {@code aggregate} inside {@code framework}), read off the grammar once: the
 * first keyword of each element between a <code>{</code> and its
 * <code>}</code>, and of each member of an unordered group there. Clauses of
 * unbraced elements (an authority's {@code rank}, an instrument's
 * {@code year}) stay on the element's line.
 */
@Singleton
public class BlockClauses {

	private final Set<Keyword> clauseStarts = new HashSet<>();

	@Inject
	public BlockClauses(IGrammarAccess grammarAccess) {
		for (Group group : EcoreUtil2.eAllOfType(grammarAccess.getGrammar(), Group.class)) {
			boolean inBlock = false;
			for (AbstractElement element : group.getElements()) {
				if (element instanceof Keyword keyword && "{".equals(keyword.getValue())) {
					inBlock = true;
				} else if (element instanceof Keyword keyword && "}".equals(keyword.getValue())) {
					inBlock = false;
				} else if (inBlock) {
					addClauseStarts(element);
				}
			}
		}
	}

	public boolean startsClause(Keyword keyword) {
		return clauseStarts.contains(keyword);
	}

	private void addClauseStarts(AbstractElement element) {
		if (element instanceof UnorderedGroup || element instanceof Alternatives) {
			List<AbstractElement> members = element instanceof UnorderedGroup u ? u.getElements() : ((Alternatives) element).getElements();
			members.forEach(this::addClauseStarts);
			return;
		}
		Keyword first = firstKeyword(element);
		if (first != null) {
			clauseStarts.add(first);
		}
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
