package org.govmodel.dsl.ui.outline;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.Document;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.editor.LatestSnapshots;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;

/** The Outline view's page for a GovModel editor: follows the text as it is reconciled; selecting an element reveals it. */
public class GovModelOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;

	private final BiConsumer<IDocument, ModelSnapshot> onReconcile = this::reconciled;

	public GovModelOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName() : symbol.getName() + " : " + symbol.getDetail();
			}
		});
		GovModelUiPlugin.get(LatestSnapshots.class).addListener(onReconcile);
		GovModelUiPlugin.get(ModelSnapshots.class).read(document(), snapshot -> {
			show(snapshot);
			return null;
		});
	}

	@Override
	public void dispose() {
		GovModelUiPlugin.get(LatestSnapshots.class).removeListener(onReconcile);
		super.dispose();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof DocumentSymbol symbol) {
			Document shown = GovModelUiPlugin.get(LatestSnapshots.class).of(document());
			if (shown != null) {
				int start = shown.getOffSet(symbol.getSelectionRange().getStart());
				int end = shown.getOffSet(symbol.getSelectionRange().getEnd());
				editor.selectAndReveal(start, end - start);
			}
		}
	}

	/** The elements shown, top level first (for tests and for anyone who wants to know what the page shows). */
	public List<DocumentSymbol> symbols() {
		Object input = getTreeViewer().getInput();
		return input == null ? List.of() : ((Input) input).symbols();
	}

	private void reconciled(IDocument document, ModelSnapshot snapshot) {
		if (document == document()) {
			show(snapshot);
		}
	}

	private void show(ModelSnapshot snapshot) {
		List<DocumentSymbol> symbols = GovModelUiPlugin.get(OutlineSymbols.class).of(snapshot);
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				getTreeViewer().setInput(new Input(symbols));
				getTreeViewer().expandToLevel(2);
			}
		});
		if (GovModelUiPlugin.get(LatestSnapshots.class).of(document()) == null) {
			GovModelUiPlugin.get(LatestSnapshots.class).publish(document(), snapshot);
		}
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** A fresh input object per update, so the viewer refreshes. */
	private record Input(List<DocumentSymbol> symbols) {
	}

	private static class SymbolContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Input) input).symbols().toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
