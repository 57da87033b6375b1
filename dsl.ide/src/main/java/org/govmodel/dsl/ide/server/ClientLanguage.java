package org.govmodel.dsl.ide.server;

import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.InitializeParams;
import org.govmodel.dsl.i18n.Language;

import com.google.gson.JsonElement;
import com.google.inject.Singleton;

/**
 * The language of the server's diagnostics, quick-fix titles and hovers: the client's
 * {@code locale} from {@code initialize} (VS Code's display language), unless the editor's
 * {@code govmodel.language} setting names one ({@code initializationOptions.language} at start-up,
 * {@code settings.govmodel.language} on every configuration change; {@code "auto"} or nothing
 * means the client's locale). English when neither names a language GovModel writes.
 */
@Singleton
public class ClientLanguage {

	private volatile Language locale = Language.EN;
	private volatile Optional<Language> chosen = Optional.empty();

	/** Reads the client's locale and the initialization options. */
	public void initialize(InitializeParams params) {
		locale = Language.parse(params.getLocale()).orElse(Language.EN);
		if (params.getInitializationOptions() instanceof JsonElement options) {
			update(options);
		}
	}

	/** Reads {@code { "language": "auto|en|es|pt" }}; anything else means the client's locale. */
	public void update(JsonElement settings) {
		JsonElement language = settings != null && settings.isJsonObject() ? settings.getAsJsonObject().get("language") : null;
		chosen = language != null && language.isJsonPrimitive() ? Language.parse(language.getAsString()) : Optional.empty();
	}

	/** The language of what the server writes to the editor's user: the setting's, else the client's locale. */
	public Language language() {
		return choice().language();
	}

	/** The editor's current choice. */
	public Choice choice() {
		return new Choice(chosen, locale);
	}

	/**
	 * Puts the editor's current choice on a project's resource set, for the services that the language's own
	 * injector makes (the preview) and that cannot share this server-wide instance.
	 */
	public void attachTo(ResourceSet resourceSet) {
		synchronized (resourceSet.eAdapters()) {
			Holder holder = (Holder) EcoreUtil.getExistingAdapter(resourceSet, Holder.class);
			if (holder == null) {
				holder = new Holder();
				resourceSet.eAdapters().add(holder);
			}
			holder.choice = choice();
		}
	}

	/** The editor's choice a project's resource set carries (see {@link #attachTo}), if any. */
	public static Optional<Choice> of(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return Optional.empty();
		}
		synchronized (resourceSet.eAdapters()) {
			Holder holder = (Holder) EcoreUtil.getExistingAdapter(resourceSet, Holder.class);
			return holder == null ? Optional.empty() : Optional.of(holder.choice);
		}
	}

	/**
	 * The editor's languages.
	 *
	 * @param setting the language the {@code govmodel.language} setting names, if it names one (not {@code "auto"})
	 * @param locale  the client's display language ({@code initialize}'s {@code locale}), English when it is none GovModel writes
	 */
	public record Choice(Optional<Language> setting, Language locale) {

		/** The language of what the server writes to the editor's user: the setting's, else the locale. */
		public Language language() {
			return setting.orElse(locale);
		}
	}

	private static final class Holder extends AdapterImpl {
		private Choice choice;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Holder.class;
		}
	}
}
