package org.govmodel.dsl.i18n;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.govmodel.dsl.util.ResourceSetAdapters;

/**
 * The language in which diagnostics about the models of a resource set are written, attached to
 * the resource set as {@code RuleSettings} is. Front ends set it (the command line from
 * {@code --lang} or the environment, the language server from the client's locale or the
 * {@code govmodel.language} setting, Eclipse from the platform locale); the validators, the
 * linking and syntax-error messages read it when they write an issue's message. So an
 * {@code Issue} keeps Xtext's model: a finished message, a rule id as code, fix data as data.
 * A resource set with no language attached gets English.
 */
public final class DiagnosticLanguage extends AdapterImpl {

	/** The bundle of diagnostic texts: {@code diagnostics.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.dsl.i18n.diagnostics";

	private static final Map<Language, Messages> MESSAGES = new EnumMap<>(Language.class);

	private volatile Language language = Language.EN;

	private DiagnosticLanguage() {
	}

	public Language language() {
		return language;
	}

	/** Chooses the language; the models must be validated again for their diagnostics to follow. */
	public static void set(ResourceSet resourceSet, Language language) {
		find(resourceSet, true).language = language;
	}

	/** The language of a resource set's diagnostics (English when none was chosen). */
	public static Language of(ResourceSet resourceSet) {
		DiagnosticLanguage chosen = find(resourceSet, false);
		return chosen == null ? Language.EN : chosen.language;
	}

	/** The language of the diagnostics of the resource's resource set; English for a resource in none, or none. */
	public static Language of(Resource resource) {
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		return set == null ? Language.EN : of(set);
	}

	/** The language of the diagnostics of the element's resource set; English for an element in none. */
	public static Language of(EObject element) {
		return of(element == null ? null : element.eResource());
	}

	/** The diagnostic texts in the language of the element's resource set. */
	public static Messages messages(EObject element) {
		return messages(of(element));
	}

	/** The diagnostic texts in the language of the resource's resource set. */
	public static Messages messages(Resource resource) {
		return messages(of(resource));
	}

	/** The diagnostic texts in a language (bundles are read once). */
	public static Messages messages(Language language) {
		synchronized (MESSAGES) {
			return MESSAGES.computeIfAbsent(language, l -> Messages.load(BUNDLE, DiagnosticLanguage.class, l));
		}
	}

	/**
	 * Reads a language's diagnostic texts and readies its plural and number rules ahead of the first diagnostic
	 * ({@link Messages#prepare}), for a front end with time to spare: the command line calls it while the language's
	 * services are being created, which the texts do not need.
	 */
	public static void prepare(Language language) {
		messages(language).prepare();
	}

	private static DiagnosticLanguage find(ResourceSet resourceSet, boolean create) {
		return create ? ResourceSetAdapters.attached(resourceSet, DiagnosticLanguage.class, DiagnosticLanguage::new)
				: ResourceSetAdapters.existing(resourceSet, DiagnosticLanguage.class);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DiagnosticLanguage.class;
	}
}
