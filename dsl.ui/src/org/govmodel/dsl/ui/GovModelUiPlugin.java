package org.govmodel.dsl.ui;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.ide.GovModelIdeSetup;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The plug-in: one Guice injector with the language's runtime and IDE modules
 * (the same services the command line and the language server use), and the
 * listener that re-validates models when files change outside the editor.
 */
public class GovModelUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.govmodel.dsl.ui";

	private static GovModelUiPlugin instance;

	private volatile Injector injector;

	private SaveValidation saveValidation;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		saveValidation = new SaveValidation();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saveValidation,
				IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(saveValidation);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saveValidation);
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(saveValidation);
		instance = null;
		super.stop(context);
	}

	public static GovModelUiPlugin getDefault() {
		return instance;
	}

	/** The language's injector, created on first use (parsing the grammar takes a moment). */
	public static Injector injector() {
		GovModelUiPlugin plugin = instance;
		if (plugin.injector == null) {
			synchronized (plugin) {
				if (plugin.injector == null) {
					Injector created = new GovModelIdeSetup().createInjectorAndDoEMFRegistration();
					created.getInstance(ModelSnapshots.class)
							.addChangeListener((model, changes) -> SaveValidation.validate(model.project(), changes.toValidate()));
					plugin.injector = created;
				}
			}
		}
		return plugin.injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** The language of diagnostics in the editor: the platform's ({@code -nl}, else the JVM's locale); English when GovModel does not write it. */
	public static Language language() {
		return Language.parse(Platform.getNL()).orElse(Language.EN);
	}

	public static void log(String message, Throwable error) {
		ILog.of(GovModelUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
