package org.govmodel.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.govmodel.dsl.govModel.Area;
import org.govmodel.dsl.govModel.Component;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Variable;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The items of a framework (areas, components, variables) named by their
 * code, cached per framework resource: an assessment of 34 lines links 34
 * references against the same scope, and a large workspace holds many.
 */
@Singleton
public class FrameworkItemScopes {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IQualifiedNameConverter names;

	public IScope itemsByCode(Framework framework, EClass type) {
		if (framework.eResource() == null) {
			return build(framework, type);
		}
		return cache.get(Tuples.create(FrameworkItemScopes.class, framework, type), framework.eResource(),
				() -> build(framework, type));
	}

	private IScope build(Framework framework, EClass type) {
		List<IEObjectDescription> items = new ArrayList<>();
		for (Area area : framework.getAreas()) {
			add(items, area, area.getName(), type);
			for (Component component : area.getComponents()) {
				add(items, component, component.getName(), type);
				for (Variable variable : component.getVariables()) {
					add(items, variable, variable.getName(), type);
				}
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, items);
	}

	private void add(List<IEObjectDescription> items, EObject item, String code, EClass type) {
		if (code != null && type.isInstance(item)) {
			items.add(EObjectDescription.create(names.toQualifiedName(code), item));
		}
	}
}
