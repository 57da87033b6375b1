package org.govmodel.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.ide.server.DocumentPositions;
import org.govmodel.dsl.services.GovModelGrammarAccess;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * Quick fixes for the rules that put fix data in their diagnostics (the
 * "quick-fix data" column of docs/rules.md): one code action per fixable
 * diagnostic, with the edits computed from the document as it is now.
 */
public class RuleQuickFixes implements ICodeActionService2 {

	private final Map<String, RuleFix> fixes = new HashMap<>();

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private CanonicalLayout layout;

	@Inject
	private GovModelGrammarAccess grammar;

	public RuleQuickFixes() {
		Stream.of(StructureFixes.all(), AuthorityFixes.all(), SolutionFixes.all()).flatMap(List::stream).forEach(fix -> fixes.put(fix.rule(), fix));
	}

	/** The rule ids this service can fix. */
	public Set<String> rules() {
		return Collections.unmodifiableSet(fixes.keySet());
	}

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		if (only != null && !only.isEmpty() && only.stream().noneMatch(kind -> CodeActionKind.QuickFix.startsWith(kind))) {
			return List.of();
		}
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			Optional<RuleFix.Fix> found = options.getResource() != null ? fix(options.getResource(), options.getDocument(), diagnostic)
					: options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> fix(context.getResource(), context.getDocument(), diagnostic));
			found.ifPresent(fix -> {
				CodeAction action = new CodeAction(fix.title());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setIsPreferred(true);
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), fix.edits())));
				actions.add(Either.forRight(action));
			});
		}
		return actions;
	}

	/** The fix of a diagnostic on the document, if its rule has one and its data decide it. */
	public Optional<RuleFix.Fix> fix(Resource resource, Document document, Diagnostic diagnostic) {
		RuleFix fix = diagnostic.getCode() == null || diagnostic.getCode().isRight() ? null : fixes.get(diagnostic.getCode().getLeft());
		if (fix == null || !(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return Optional.empty();
		}
		// the client's copy of the diagnostic: its range may leave the document (a careless client, a text changed since)
		Range range = diagnostic.getRange() == null ? null : DocumentPositions.clamp(document, diagnostic.getRange());
		if (range == null) {
			return Optional.empty();
		}
		EObject element = elementAtOffset.resolveContainedElementAt(xtext, document.getOffSet(range.getStart()));
		if (element == null) {
			return Optional.empty();
		}
		RuleFix.Site site = new RuleFix.Site(element, range, new ModelTextEdits(document), new FreeNames(resource), grammar);
		return fix.fix(site, data(diagnostic)).map(found -> new RuleFix.Fix(found.title(), layout.layOut(document, xtext, found.edits())))
				.filter(found -> !found.edits().isEmpty());
	}

	/** The diagnostic's fix data, in process (String[]) or after a JSON round trip (an array). */
	private static List<String> data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return List.of(array);
		}
		if (data instanceof JsonArray array) {
			return array.asList().stream().map(JsonElement::getAsString).toList();
		}
		if (data instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
