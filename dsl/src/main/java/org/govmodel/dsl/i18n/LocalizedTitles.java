package org.govmodel.dsl.i18n;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.inject.Singleton;

/**
 * The title and description of a model element in a reader's language: what reports show for a
 * framework's areas, components, variables and levels, the tiers and the solution kinds of the
 * standard library, or any element of a user's model. An element written in one language only is
 * shown as written.
 */
@Singleton
public class LocalizedTitles {

	/** The element's title in the language, or as written when it has none in that language. */
	public String title(EObject element, Language language) {
		return text(element, "title").orElse("");
	}

	/** The element's description in the language, or as written; empty when it has none. */
	public Optional<String> description(EObject element, Language language) {
		return text(element, "description");
	}

	private static Optional<String> text(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		if (feature == null || !(element.eGet(feature) instanceof String value)) {
			return Optional.empty();
		}
		return Optional.of(value);
	}
}
