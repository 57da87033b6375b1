package org.govmodel.dsl.ui.editor;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.Document;
import org.govmodel.dsl.ui.model.ModelSnapshot;

import com.google.inject.Singleton;

/**
 * The text each open document was last reconciled to, and the listeners told
 * of each reconcile, for views that follow the editor (the outline). A
 * listener is called while the project's model is locked for the reconcile,
 * so it may read the snapshot then; only its immutable text is kept after.
 */
@Singleton
public class LatestSnapshots {

	private final Map<IDocument, Document> latest = new WeakHashMap<>();

	private final CopyOnWriteArrayList<BiConsumer<IDocument, ModelSnapshot>> listeners = new CopyOnWriteArrayList<>();

	public void publish(IDocument document, ModelSnapshot snapshot) {
		synchronized (latest) {
			latest.put(document, snapshot.document());
		}
		listeners.forEach(listener -> listener.accept(document, snapshot));
	}

	public Document of(IDocument document) {
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
