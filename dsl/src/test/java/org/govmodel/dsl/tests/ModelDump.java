package org.govmodel.dsl.tests;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * A textual dump of a model's content (attributes, containment, and cross
 * references by qualified name), independent of layout and comments: two
 * texts that dump the same describe the same model.
 */
public class ModelDump {

	@Inject
	private IQualifiedNameProvider names;

	public String of(EObject root) {
		StringBuilder out = new StringBuilder();
		dump(root, 0, out);
		return out.toString();
	}

	private void dump(EObject object, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(object.eClass().getName()).append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature, true);
			String prefix = "  ".repeat(depth + 1) + feature.getName() + ": ";
			if (feature instanceof EAttribute) {
				out.append(prefix).append(value).append('\n');
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				for (Object child : reference.isMany() ? (Iterable<?>) value : java.util.List.of(value)) {
					out.append(prefix).append('\n');
					dump((EObject) child, depth + 2, out);
				}
			} else if (feature instanceof EReference reference) {
				for (Object target : reference.isMany() ? (Iterable<?>) value : java.util.List.of(value)) {
					out.append(prefix).append(nameOf((EObject) target)).append('\n');
				}
			}
		}
	}

	private String nameOf(EObject target) {
		QualifiedName name = target.eIsProxy() ? null : names.getFullyQualifiedName(target);
		return name == null ? "<unresolved>" : name.toString();
	}
}
