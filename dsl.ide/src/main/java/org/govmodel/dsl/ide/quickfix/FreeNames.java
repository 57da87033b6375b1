package org.govmodel.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/** Names a fix can give a new declaration without clashing with the file's own. */
final class FreeNames {

	private final Set<String> taken = new HashSet<>();

	FreeNames(Resource resource) {
		for (EObject root : resource.getContents()) {
			for (EObject element : EcoreUtil2.eAllContents(root)) {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				if (name != null && element.eGet(name) instanceof String value) {
					taken.add(value);
				}
			}
		}
	}

	/** The base name, or the base name with the first number that is free. */
	String free(String base) {
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + i;
		}
		taken.add(name);
		return name;
	}
}
