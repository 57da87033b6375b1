package org.govmodel.dsl.ui.editor;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.govmodel.dsl.ui.model.ModelSnapshot;

import com.google.inject.Singleton;

/** The snapshot each open document was last reconciled to, for views that follow the editor (the outline). */
@Singleton
public class LatestSnapshots {

	private final Map<IDocument, ModelSnapshot> latest = new WeakHashMap<>();

	private final CopyOnWriteArrayList<BiConsumer<IDocument, ModelSnapshot>> listeners = new CopyOnWriteArrayList<>();

	public void publish(IDocument document, ModelSnapshot snapshot) {
		synchronized (latest) {
			latest.put(document, snapshot);
		}
		listeners.forEach(listener -> listener.accept(document, snapshot));
	}

	public ModelSnapshot of(IDocument document) {
		synchronized (latest) {
			return latest.get(document);
		}
	}

	public void addListener(BiConsumer<IDocument, ModelSnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(BiConsumer<IDocument, ModelSnapshot> listener) {
		listeners.remove(listener);
	}
}
