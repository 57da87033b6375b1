package org.govmodel.dsl.ui.hover;

import java.util.stream.Collectors;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshots;

/**
 * Hovers from the language's hover service (the language server's): what an
 * element is, its documentation, a framework item's title and description,
 * an assessment's means. Its Markdown is shown as plain text.
 */
public class GovModelTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Hover hover = GovModelUiPlugin.get(ModelSnapshots.class).read(viewer.getDocument(), snapshot -> {
			HoverParams params = new HoverParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
					snapshot.document().getPosition(region.getOffset()));
			return GovModelUiPlugin.get(IHoverService.class).hover(snapshot.document(), snapshot.resource(), params, CancelIndicator.NullImpl);
		});
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		String text = hover.getContents().isRight() ? hover.getContents().getRight().getValue()
				: hover.getContents().getLeft().stream().map(GovModelTextHover::text).collect(Collectors.joining("\n\n"));
		return text == null || text.isBlank() ? null : plain(text);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	private static String text(Either<String, MarkedString> part) {
		return part.isLeft() ? part.getLeft() : part.getRight().getValue();
	}

	/** Markdown emphasis and code fences read badly as plain text. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replace("```", "").strip();
	}
}
