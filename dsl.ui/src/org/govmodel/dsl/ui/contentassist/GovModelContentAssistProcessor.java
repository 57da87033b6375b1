package org.govmodel.dsl.ui.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;

/**
 * Content assist (Ctrl+Space) from the language's own proposal provider —
 * keywords, names in scope across the project and the library, variable codes
 * with their titles — through Xtext's completion service, run in-process.
 */
public class GovModelContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return GovModelUiPlugin.get(ModelSnapshots.class).read(viewer.getDocument(), snapshot -> {
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(snapshot.resource().getURI().toString()),
					snapshot.document().getPosition(offset));
			CompletionList list = GovModelUiPlugin.get(ContentAssistService.class).createCompletionList(snapshot.document(),
					snapshot.resource(), params, CancelIndicator.NullImpl);
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (CompletionItem item : list.getItems()) {
				proposals.add(toProposal(snapshot, item, offset));
			}
			return proposals.toArray(ICompletionProposal[]::new);
		});
	}

	private static ICompletionProposal toProposal(ModelSnapshot snapshot, CompletionItem item, int offset) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int end = offset;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			text = edit.getNewText();
			start = snapshot.document().getOffSet(edit.getRange().getStart());
			end = snapshot.document().getOffSet(edit.getRange().getEnd());
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " — " + item.getDetail();
		String documentation = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		return new CompletionProposal(text, start, end - start, start + text.length(), null, display, null, documentation);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
