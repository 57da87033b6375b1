package org.govmodel.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.UriUtil;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.loading.SkippedFolders;
import org.govmodel.dsl.validation.RuleSettings;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A workspace project as the command line sees it: its models (build output
 * and hidden folders left out, {@link SkippedFolders}) built together with the
 * standard library, so that references to the ECLAC framework, the solution
 * kinds and the portfolios resolve, and validated with each model's
 * {@code govmodel.json} and the editor's rule severities over them
 * ({@link RuleSettings}).
 */
public class LibraryAwareProjectManager extends ProjectManager {

	@Inject
	private StandardLibrary library;

	@Inject
	private ProjectRuleSettings ruleSettings;

	@Inject
	private ClientLanguage language;

	/** Settings problems last published per URI, so that each build does not publish them again. */
	private final Map<URI, List<String>> published = new HashMap<>();

	/** The settings files whose problems were published last. */
	private final Set<URI> settingsFilesPublished = new HashSet<>();

	/** The client's diagnostics, for any document: the settings files' problems go there, wherever the files are. */
	private Procedure2<? super URI, ? super Iterable<Issue>> toClient;

	/** The documents whose diagnostics the builder published: so that it may also publish that they have none now. */
	private final Set<URI> documentsPublished = ConcurrentHashMap.newKeySet();

	/**
	 * The builder publishes each resource it validates, the standard library's too (files in the
	 * server's jar that a client would list as documents, with no problems): only the user's
	 * documents reach the client, see {@link #isUsers}.
	 */
	@Override
	public void initialize(ProjectDescription description, IProjectConfig projectConfig, Procedure2<? super URI, ? super Iterable<Issue>> acceptor,
			IExternalContentProvider openedDocuments, Provider<Map<String, ResourceDescriptionsData>> indexProvider, CancelIndicator cancelIndicator) {
		toClient = acceptor;
		super.initialize(description, projectConfig, (uri, issues) -> {
			if (isUsers(uri)) {
				documentsPublished.add(uri);
				acceptor.apply(uri, issues);
			}
		}, openedDocuments, indexProvider, cancelIndicator);
	}

	/** A document of the project's folder, one the client opened, or one whose diagnostics were published before. */
	private boolean isUsers(URI uri) {
		URI base = getBaseDir();
		return base != null && UriUtil.isPrefixOf(base, uri) || getOpenedDocumentsContentProvider().hasContent(uri) || documentsPublished.contains(uri);
	}

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		List<URI> uris = new ArrayList<>(library.uris());
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			folder.getAllResources(fileSystemScanner).stream().filter(uri -> !isSkipped(uri)).forEach(uris::add);
		}
		return doBuild(uris, List.of(), List.of(), cancelIndicator);
	}

	/** Models in build output, dependencies or hidden folders are not the user's ({@link SkippedFolders}, as for every front end). */
	private boolean isSkipped(URI uri) {
		URI base = getBaseDir();
		if (!uri.isFile() || base == null || !base.isFile()) {
			return false;
		}
		Path root = Path.of(base.toFileString());
		Path file = Path.of(uri.toFileString());
		return file.startsWith(root) && SkippedFolders.contains(root.relativize(file));
	}

	/** What a build does with a URI it was asked to build. */
	private enum Disposition {
		/** built: open in the client, on disk, or not a model at all (the builder passes over what no language reads) */
		BUILD,
		/** built as deleted: a model neither open nor on disk (loading it would fail and abort the whole build) */
		DELETE,
		/** left out: a folder whose name ends like a model's (loading it would fail too), unknown to the index */
		SKIP
	}

	private Disposition dispositionOf(URI uri) {
		if (!uri.isFile() || languagesRegistry.getResourceServiceProvider(uri) == null) {
			return Disposition.BUILD;
		}
		if (getOpenedDocumentsContentProvider() != null && getOpenedDocumentsContentProvider().hasContent(uri)) {
			return Disposition.BUILD;
		}
		Path file = Path.of(uri.toFileString());
		if (Files.isRegularFile(file)) {
			return Disposition.BUILD;
		}
		boolean indexed = getIndexState() != null && getIndexState().getResourceDescriptions().getResourceDescription(uri) != null;
		return Files.isDirectory(file) && !indexed ? Disposition.SKIP : Disposition.DELETE;
	}

	/** After each build, the problems of the settings files that apply to the project's models. */
	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		List<URI> toBuild = dirtyFiles;
		if (getResourceSet() != null && RuleSettings.of(getResourceSet()).changedOnDisk()) {
			// a govmodel.json the client does not watch (above the workspace folder) came, went or changed: every model
			// may be checked with other severities now
			refreshRuleSettings();
			Set<URI> all = new LinkedHashSet<>(dirtyFiles);
			getIndexState().getResourceDescriptions().getAllURIs().forEach(all::add);
			all.removeAll(deletedFiles);
			toBuild = List.copyOf(all);
		}
		// Built as deleted: a model the client says was created or changed, or that the index still lists, but that is
		// neither on disk nor open by now (deleted right after, events out of order, a careless client); left out: a
		// folder named like a model. Loading either would fail and abort the whole build, leaving every other file's
		// diagnostics stale.
		Map<Disposition, List<URI>> byDisposition = toBuild.stream().collect(Collectors.groupingBy(this::dispositionOf));
		List<URI> deleted = deletedFiles;
		if (byDisposition.containsKey(Disposition.DELETE)) {
			Set<URI> all = new LinkedHashSet<>(deletedFiles);
			all.addAll(byDisposition.get(Disposition.DELETE));
			deleted = List.copyOf(all);
		}
		IncrementalBuilder.Result result = super.doBuild(byDisposition.getOrDefault(Disposition.BUILD, List.of()), deleted, externalDeltas, cancelIndicator);
		if (getResourceSet() != null) {
			Map<URI, List<Issue>> problems = ruleSettings.settingsFileProblems(RuleSettings.of(getResourceSet()),
					getIndexState().getResourceDescriptions().getAllURIs());
			for (URI gone : List.copyOf(settingsFilesPublished)) {
				if (!problems.containsKey(gone)) {
					publishWhenChanged(gone, List.of());
				}
			}
			settingsFilesPublished.clear();
			settingsFilesPublished.addAll(problems.keySet());
			problems.forEach(this::publishWhenChanged);
		}
		return result;
	}

	/**
	 * The document's resource; a document that is neither open nor readable
	 * (a client asked about a file that does not exist) is "invalid params"
	 * for the client (-32602), not an internal error.
	 */
	@Override
	public Resource getResource(URI uri) {
		try {
			return super.getResource(uri);
		} catch (RuntimeException unreadable) {
			if (!(unreadable.getCause() instanceof IOException cause)) {
				throw unreadable;
			}
			Resource broken = getResourceSet().getResource(uri, false);
			if (broken != null) {
				getResourceSet().getResources().remove(broken);
			}
			ResponseErrorException refusal = new ResponseErrorException(
					new ResponseError(ResponseErrorCode.InvalidParams, "No such document: " + uri + " (" + cause.getMessage() + ")", null));
			refusal.initCause(cause);
			throw refusal;
		}
	}

	@Override
	public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
		XtextResourceSet resourceSet = super.createNewResourceSet(newIndex);
		applyRuleSettings(resourceSet);
		return resourceSet;
	}

	/** Reads the rule settings and the language again (the editor's settings or govmodel.json changed); the caller rebuilds. */
	public void refreshRuleSettings() {
		if (getResourceSet() != null) {
			applyRuleSettings(getResourceSet());
		}
	}

	private void applyRuleSettings(XtextResourceSet resourceSet) {
		// the language first: the settings' problems are written in it too
		DiagnosticLanguage.set(resourceSet, language.language());
		language.attachTo(resourceSet);
		RuleSettings settings = RuleSettings.of(resourceSet);
		settings.clear();
		ruleSettings.applyEditorSettings(getBaseDir(), settings).forEach(this::publishWhenChanged);
	}

	private synchronized void publishWhenChanged(URI uri, List<Issue> issues) {
		List<String> messages = issues.stream().map(issue -> issue.getLineNumber() + ":" + issue.getMessage()).toList();
		if (!messages.equals(published.getOrDefault(uri, List.of()))) {
			published.put(uri, messages);
			toClient.apply(uri, issues);
		}
	}
}
