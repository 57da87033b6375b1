package org.govmodel.dsl.ide.server;

import java.util.Optional;

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

	public Language language() {
		return chosen.orElse(locale);
	}
}
