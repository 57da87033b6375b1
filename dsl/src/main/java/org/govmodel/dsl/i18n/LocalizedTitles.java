package org.govmodel.dsl.i18n;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.govmodel.dsl.govModel.Translation;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The title and description of a model element in a reader's language: what reports show for a
 * framework's areas, components, variables and levels, the tiers and the solution kinds of the
 * standard library, or any element of a user's model.
 * <p>
 * A translation is model data: {@code in es "Gobernanza estratégica" "…"} after the element's
 * heading (see docs/localization.md). An element without a translation into the language is shown
 * as written, and so is the description a translation leaves out. The written description is the
 * element's description text (a variable's) or else its documentation comment.
 */
@Singleton
public class LocalizedTitles {

	private IEObjectDocumentationProvider documentation = new MultiLineCommentDocumentationProvider();

	/** The language's documentation provider, when created by Guice; the default reads {@code /** … *}{@code /} comments. */
	@Inject(optional = true)
	void setDocumentation(IEObjectDocumentationProvider documentation) {
		this.documentation = documentation;
	}

	/** The element's title in the language, or as written when it has none in that language. */
	public String title(EObject element, Language language) {
		return translation(element, language).map(Translation::getTitle).filter(t -> !t.isBlank())
				.orElseGet(() -> text(element, "title").orElse(""));
	}

	/** The element's description in the language, or as written; empty when it has none. */
	public Optional<String> description(EObject element, Language language) {
		Optional<String> translated = translation(element, language).map(Translation::getDescription).filter(d -> !d.isBlank());
		return translated.isPresent() ? translated : writtenDescription(element);
	}

	/** Whether the element is written with a translation into the language. */
	public boolean isTranslated(EObject element, Language language) {
		return translation(element, language).isPresent();
	}

	/** The element's description as written: its description text (a variable's), else its documentation comment. */
	public Optional<String> writtenDescription(EObject element) {
		Optional<String> description = text(element, "description").filter(d -> !d.isBlank());
		if (description.isPresent() || element.eResource() == null) {
			return description;
		}
		return Optional.ofNullable(documentation.getDocumentation(element)).filter(d -> !d.isBlank());
	}

	/** The element's first translation into the language (a second one is reported by validation). */
	public static Optional<Translation> translation(EObject element, Language language) {
		if (element == null || language == null) {
			return Optional.empty();
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature("translations");
		if (feature == null || !(element.eGet(feature) instanceof List<?> translations)) {
			return Optional.empty();
		}
		return translations.stream().filter(Translation.class::isInstance).map(Translation.class::cast)
				.filter(t -> language.code().equals(t.getLanguage()) && t.getTitle() != null).findFirst();
	}

	private static Optional<String> text(EObject element, String featureName) {
		if (element == null) {
			return Optional.empty();
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		if (feature == null || !(element.eGet(feature) instanceof String value)) {
			return Optional.empty();
		}
		return Optional.of(value);
	}
}
