package org.govmodel.dsl.ui.outline;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.model.ModelSnapshot;

import com.google.inject.Inject;

/** The outline's tree: the language's document symbols (those the language server reports), nested as in the file. */
public class OutlineSymbols {

	@Inject
	private HierarchicalDocumentSymbolService symbols;

	public List<DocumentSymbol> of(ModelSnapshot snapshot) {
		return symbols.getSymbols(snapshot.resource(), CancelIndicator.NullImpl);
	}
}
