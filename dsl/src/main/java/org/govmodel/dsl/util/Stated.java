package org.govmodel.dsl.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What a model states, as opposed to EMF defaults: EMF cannot tell an unstated
 * enum from one stated as its first literal ({@code status planned},
 * {@code sector public}), so the text decides.
 */
public final class Stated {

	private Stated() {
	}

	/** The attribute's value, or null when the model does not state it. */
	@SuppressWarnings("unchecked")
	public static <T> T value(EObject object, EStructuralFeature feature) {
		return object != null && isStated(object, feature) ? (T) object.eGet(feature) : null;
	}

	public static boolean isStated(EObject object, EStructuralFeature feature) {
		if (object.eIsSet(feature)) {
			return true;
		}
		// only a single value with a default (an enum, a number, a flag) can be written in the text and still read as
		// unset; anything else unset is absent from the text, which spares a walk over the element's nodes per feature
		return !feature.isMany() && feature.getDefaultValue() != null && !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
