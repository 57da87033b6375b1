package org.govmodel.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.GovModelPackage;

import com.google.inject.Inject;

/**
 * Scoping beyond names and imports: inside an assessment, score lines and
 * targets name framework items by their bare code ({@code 1.1.1 = 2}), looked
 * up in the assessment's own framework.
 */
public class GovModelScopeProvider extends AbstractGovModelScopeProvider {

	@Inject
	private FrameworkItemScopes frameworkItemScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == GovModelPackage.Literals.SCORE__VARIABLE || reference == GovModelPackage.Literals.GOAL__ITEM) {
			return frameworkItemScope(context, reference);
		}
		return super.getScope(context, reference);
	}

	private IScope frameworkItemScope(EObject context, EReference reference) {
		Assessment assessment = EcoreUtil2.getContainerOfType(context, Assessment.class);
		Framework framework = assessment == null ? null : assessment.getFramework();
		if (framework == null || framework.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		return frameworkItemScopes.itemsByCode(framework, reference.getEReferenceType());
	}
}
