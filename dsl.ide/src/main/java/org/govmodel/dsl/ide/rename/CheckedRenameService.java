package org.govmodel.dsl.ide.rename;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.services.GovModelGrammarAccess;

import com.google.inject.Inject;

/**
 * Xtext's rename, with what it cannot do found beforehand as the client's
 * mistake, with the reason in the language of the model's diagnostics, so the
 * editor shows it and the files stay as they are: a new name the grammar would
 * not read back, a position where the document has no name to rename
 * (Xtext's own refusal of it is an "internal error" with a stack trace in the log),
 * and a new name another element already has, which would leave the model with
 * two declarations of one name ({@link NameClashes}).
 */
public class CheckedRenameService extends RenameService2 {

	/** The bundle of the refusals: {@code rename.properties}, {@code _es}, {@code _pt}. */
	public static final String BUNDLE = "org.govmodel.dsl.ide.i18n.rename";

	@Inject
	private NewNames names;

	@Inject
	private NameClashes clashes;

	@Inject
	private GovModelGrammarAccess grammar;

	/**
	 * Why the rename cannot be done, or empty when it can. Asked on the document as the request's read sees it (the
	 * server calls it inside that read, not in a read of its own: one queued behind a write that waits for the
	 * rename would never run). The params' position is held to the document; {@code sent} is the one the client
	 * sent, for the message.
	 */
	public Optional<String> refusal(Resource resource, Document document, RenameParams params, Position sent) {
		Language language = DiagnosticLanguage.of(resource);
		Messages messages = Messages.load(BUNDLE, CheckedRenameService.class, language);
		Optional<String> nameProblem = names.problemWith(params.getNewName(), messages);
		if (nameProblem.isPresent()) {
			return nameProblem;
		}
		// the editor's question "can this be renamed?" before it asks for a new name, whatever the client declared
		// (Xtext's prepareRename answers nothing to a client that does not prepare renames)
		PrepareRenameParams prepare = new PrepareRenameParams(params.getTextDocument(), params.getPosition());
		if (doPrepareRename(resource, document, prepare, CancelIndicator.NullImpl) == null) {
			return Optional.of(messages.text("rename.nothingHere", "line", String.valueOf(sent.getLine() + 1), "column", String.valueOf(sent.getCharacter() + 1)));
		}
		EObject element = resource instanceof XtextResource xtext ? getElementAtOffset(xtext, document, params.getPosition()) : null;
		Object newName = getValueConverterService().toValue(params.getNewName(), grammar.getNameRule().getName(), null);
		if (element == null || !(newName instanceof String value)) {
			return Optional.empty();
		}
		return clashes.of(element, value).map(clash -> messages.text("rename.taken", "name", params.getNewName(), "qualifiedName", clash.name().toString(),
				"file", clash.fileName(), "line", String.valueOf(clash.line())));
	}
}
