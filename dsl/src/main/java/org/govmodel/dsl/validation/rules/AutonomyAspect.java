package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__APPOINTMENT;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__BUDGET;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__INDEPENDENCE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__TRANSPARENCY;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.govmodel.dsl.govModel.Autonomy;
import org.govmodel.dsl.services.GovModelGrammarAccess;
import org.govmodel.dsl.util.Stated;

/**
 * The four aspects of a lead agency's autonomy: the clauses of the grammar's
 * {@code Autonomy} rule, each named by the feature it sets. Their keywords are
 * read from the grammar ({@link #keyword}), not written again here.
 */
public enum AutonomyAspect {
	INDEPENDENCE(AUTONOMY__INDEPENDENCE), APPOINTMENT(AUTONOMY__APPOINTMENT), BUDGET(AUTONOMY__BUDGET), TRANSPARENCY(AUTONOMY__TRANSPARENCY);

	private final EStructuralFeature feature;

	AutonomyAspect(EStructuralFeature feature) {
		this.feature = feature;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	/** The aspects the block does not state (all four when there is no block), in the grammar's order. */
	public static List<AutonomyAspect> unstated(Autonomy autonomy) {
		return Arrays.stream(values()).filter(aspect -> autonomy == null || !aspect.isStated(autonomy)).toList();
	}

	public boolean isStated(Autonomy autonomy) {
		return feature.isMany() ? !((List<?>) autonomy.eGet(feature)).isEmpty() : Stated.value(autonomy, feature) != null;
	}

	/** The keyword that opens the aspect's clause in the grammar ({@code operational-independence}). */
	public String keyword(GovModelGrammarAccess grammar) {
		for (Assignment assignment : EcoreUtil2.getAllContentsOfType(grammar.getAutonomyRule(), Assignment.class)) {
			if (assignment.getFeature().equals(feature.getName()) && assignment.eContainer() instanceof Group clause
					&& clause.getElements().get(0) instanceof Keyword keyword) {
				return keyword.getValue();
			}
		}
		throw new IllegalStateException("the grammar's Autonomy rule has no clause for " + feature.getName());
	}
}
