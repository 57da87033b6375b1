package org.govmodel.dsl.ui.i18n;

import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.ui.GovModelUiPlugin;

/**
 * What the editor's commands tell the user, in the platform's language ({@link GovModelUiPlugin#language()}): the
 * {@code ui} bundle of this plug-in. The words of plugin.xml are in its {@code plugin*.properties}.
 */
public final class UiMessages {

	static final String BUNDLE = "org.govmodel.dsl.ui.i18n.ui";

	private UiMessages() {
	}

	public static Messages get() {
		return Messages.load(BUNDLE, UiMessages.class, GovModelUiPlugin.language());
	}
}
