package org.govmodel.dsl.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.DescriptionUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.resource.ChangedRegionReparse;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.validation.RuleSettings;

import com.google.inject.Inject;

/**
 * The models of one project, parsed once and kept in step with their text,
 * the way a language server keeps its workspace: one resource set with the
 * library and every model of the project, and one name index over them.
 * <p>
 * Before each request the model is brought up to date: a file is parsed again
 * only when its text (its editor's, saved or not, else the file's) differs
 * from the text it was parsed from, and the index gets that file's new names.
 * Which other files may now be checked differently is the language's own
 * answer ({@link IResourceDescription.Manager}, GovModel's knows the files
 * that share a jurisdiction): those that referred to the changed files or
 * looked up a name that came or went are linked again, and all of them are
 * reported to be validated again. Files that are not affected keep their
 * parse, links and caches.
 * <p>
 * One lock guards the whole state: a request brings the model up to date and
 * reads it while holding the lock, so no request sees a half-updated resource
 * set and none changes it under another. Resolving a lazy reference writes
 * to the model too, so even reads take the lock.
 */
public class ProjectModel {

	/** What bringing the model up to date changed: files parsed anew (or added) and the other files whose diagnostics may differ now. */
	public record Changes(Set<IFile> changed, Set<IFile> affected) {
		static final Changes NONE = new Changes(Set.of(), Set.of());

		public boolean isEmpty() {
			return changed.isEmpty() && affected.isEmpty();
		}

		/** Every file whose markers may be out of date. */
		public Set<IFile> toValidate() {
			Set<IFile> result = new LinkedHashSet<>(changed);
			result.addAll(affected);
			return result;
		}

		/** These changes but for the file a request is about (its requester validates it). */
		Changes without(IFile file) {
			Set<IFile> otherChanged = new LinkedHashSet<>(changed);
			otherChanged.remove(file);
			Set<IFile> otherAffected = new LinkedHashSet<>(affected);
			otherAffected.remove(file);
			return new Changes(otherChanged, otherAffected);
		}
	}

	/** A model file as loaded: its resource, the text it was parsed from and where that text came from. */
	private static final class LoadedFile {
		final XtextResource resource;
		String text;
		TextVersion version;
		/** What the file refers to and looks up, read once it is linked; null until needed or after the file changed. */
		IResourceDescription links;

		LoadedFile(XtextResource resource, String text, TextVersion version) {
			this.resource = resource;
			this.text = text;
			this.version = version;
		}
	}

	@Inject
	private ModelLoader loader;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private DescriptionUtils descriptionUtils;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceValidator validator;

	private final ReentrantLock lock = new ReentrantLock();

	private final Map<IFile, LoadedFile> files = new LinkedHashMap<>();

	private IProject project;

	private XtextResourceSet resourceSet;

	private ResourceDescriptionsData index;

	/** The project's model files as last listed; null when files may have come or gone since. */
	private volatile List<IFile> members;

	private Consumer<Changes> onChanges = changes -> {
	};

	void open(IProject project, Consumer<Changes> onChanges) {
		this.project = project;
		this.onChanges = onChanges;
	}

	public IProject project() {
		return project;
	}

	/** Files may have been added or removed: the next request lists the project again. */
	public void membersChanged() {
		members = null;
	}

	/**
	 * Brings the model up to date and runs the request on the file, all while
	 * holding the lock; then reports what changed (outside the lock).
	 *
	 * @param text the file's text as the requester sees it, or null for its current text
	 */
	public <T> T read(IFile file, String text, Function<ModelSnapshot, T> request) {
		Changes changes = Changes.NONE;
		lock.lock();
		try {
			changes = synchronize(file, text);
			LoadedFile loaded = files.get(file);
			if (loaded == null) {
				throw new IllegalStateException("Cannot read " + file.getFullPath());
			}
			return request.apply(new ModelSnapshot(resourceSet, loaded.resource, new Document(1, loaded.text), file));
		} finally {
			lock.unlock();
			// Reported even when the request failed or was cancelled (a newer keystroke cancels a reconcile): the model
			// has taken the new text, so no later update sees a difference, and the files it affected would keep stale markers.
			report(changes.without(file));
		}
	}

	/** Brings the model up to date with every file's current text (after a change on disk, an editor closed) and reports what changed. */
	public Changes refresh() {
		Changes changes;
		lock.lock();
		try {
			changes = synchronize(null, null);
		} finally {
			lock.unlock();
		}
		report(changes);
		return changes;
	}

	/** The file's diagnostics as the model stands; null if the file is not one of the project's models. */
	public List<Issue> validate(IFile file, CancelIndicator cancel) {
		Changes changes = Changes.NONE;
		lock.lock();
		try {
			changes = loadIfDropped();
			LoadedFile loaded = files.get(file);
			return loaded == null ? null : validator.validate(loaded.resource, CheckMode.ALL, cancel);
		} finally {
			lock.unlock();
			report(changes.without(file));
		}
	}

	/** Runs a request on the whole up-to-date resource set (e.g. to read the settings files that apply to it). */
	public <T> T readAll(Function<XtextResourceSet, T> request) {
		Changes changes = Changes.NONE;
		lock.lock();
		try {
			changes = loadIfDropped();
			return request.apply(resourceSet);
		} finally {
			lock.unlock();
			report(changes);
		}
	}

	/**
	 * Loads the model if it has none (never loaded, or dropped after an update failed): every file is then
	 * reported for checking, since their markers were made without it.
	 */
	private Changes loadIfDropped() {
		return resourceSet == null ? synchronize(null, null) : Changes.NONE;
	}

	/** Whether the model is loaded: false before the first request, and after an update failed and dropped it. */
	public boolean isLoaded() {
		lock.lock();
		try {
			return resourceSet != null;
		} finally {
			lock.unlock();
		}
	}

	/** The model files of the project, as loaded. */
	public List<IFile> files() {
		lock.lock();
		try {
			return List.copyOf(files.keySet());
		} finally {
			lock.unlock();
		}
	}

	/** The resource a file is loaded in, null if none (for tests: what was parsed again and what was not). */
	public XtextResource resourceOf(IFile file) {
		lock.lock();
		try {
			LoadedFile loaded = files.get(file);
			return loaded == null ? null : loaded.resource;
		} finally {
			lock.unlock();
		}
	}

	private void report(Changes changes) {
		if (!changes.isEmpty()) {
			onChanges.accept(changes);
		}
	}

	/**
	 * Brings the model up to date. An update that fails half-way (a bug, an error of the parser) would leave
	 * files, index and resource set out of step with one another, and the next update would see no difference
	 * for what it had already taken: the model is dropped instead, and the next request loads it anew and has
	 * every file checked again.
	 */
	private Changes synchronize(IFile requested, String requestedText) {
		try {
			return update(requested, requestedText);
		} catch (RuntimeException | Error e) {
			files.clear();
			resourceSet = null;
			index = null;
			throw e;
		}
	}

	private Changes update(IFile requested, String requestedText) {
		if (resourceSet == null) {
			loadAll(requested, requestedText);
			// the markers the files have were made without this model (by the project's validation, before an editor
			// was opened, or by an earlier model): settings or other editors' texts may have changed since, so the
			// files are checked again in the background
			return new Changes(Set.of(), Set.copyOf(files.keySet()));
		}
		if (settingsChangedOnDisk()) {
			// Severities are read per settings file and kept with the resource set: start again, and check every file.
			files.clear();
			loadAll(requested, requestedText);
			return new Changes(Set.copyOf(files.keySet()), Set.of());
		}
		List<IFile> current = members(requested);
		Map<IFile, String> newTexts = new LinkedHashMap<>();
		Map<IFile, TextVersion> newVersions = new LinkedHashMap<>();
		for (IFile file : current) {
			boolean given = file.equals(requested) && requestedText != null;
			TextVersion version = given ? null : TextVersion.of(file);
			LoadedFile loaded = files.get(file);
			if (loaded != null && version != null && version.equals(loaded.version)) {
				continue;
			}
			String text = given ? requestedText : read(file);
			if (text == null) {
				continue;
			}
			if (loaded != null && text.equals(loaded.text)) {
				loaded.version = version;
				continue;
			}
			newTexts.put(file, text);
			newVersions.put(file, version);
		}
		List<IFile> removed = files.keySet().stream().filter(file -> !current.contains(file)).toList();
		if (newTexts.isEmpty() && removed.isEmpty()) {
			return Changes.NONE;
		}
		// What the other files refer to and look up, read before anything changes under them.
		files.forEach((file, loaded) -> {
			if (loaded.links == null && !newTexts.containsKey(file) && !removed.contains(file)) {
				loaded.links = SerializableResourceDescription.createCopy(descriptions.getResourceDescription(loaded.resource));
			}
		});
		List<Delta> deltas = new ArrayList<>();
		Set<URI> changedUris = new HashSet<>();
		for (IFile file : removed) {
			LoadedFile loaded = files.remove(file);
			URI uri = loaded.resource.getURI();
			deltas.add(new DefaultResourceDescriptionDelta(ExportedNames.of(index.getResourceDescription(uri)), null));
			index.removeDescription(uri);
			loaded.resource.unload();
			resourceSet.getResources().remove(loaded.resource);
			changedUris.add(uri);
		}
		newTexts.forEach((file, text) -> {
			LoadedFile loaded = files.get(file);
			IResourceDescription old = loaded == null ? null : ExportedNames.of(index.getResourceDescription(loaded.resource.getURI()));
			if (loaded == null) {
				loaded = new LoadedFile(parse(ModelSnapshots.uriOf(file), text), text, newVersions.get(file));
				files.put(file, loaded);
			} else {
				// only the region the edit changed is parsed again (typing in a title parses that body, not the file)
				ChangedRegionReparse.reparse(loaded.resource, text);
				loaded.text = text;
				loaded.version = newVersions.get(file);
				loaded.links = null;
			}
			IResourceDescription now = descriptions.getResourceDescription(loaded.resource);
			index.addDescription(loaded.resource.getURI(), now);
			deltas.add(new DefaultResourceDescriptionDelta(old, ExportedNames.of(now)));
			changedUris.add(loaded.resource.getURI());
		});
		return new Changes(Set.copyOf(newTexts.keySet()), affectedBy(deltas, changedUris, newTexts.keySet()));
	}

	/**
	 * The files the language says the deltas affect. Those that referred to a
	 * changed file (whose elements are new objects now) or looked up a name that
	 * came or went are linked again; the others keep their links.
	 */
	private Set<IFile> affectedBy(List<Delta> deltas, Set<URI> changedUris, Set<IFile> changed) {
		Set<IFile> affected = new LinkedHashSet<>();
		ProjectIndex context = new ProjectIndex(index, resourceSet);
		IResourceDescription.Manager.AllChangeAware allChanges = descriptions instanceof IResourceDescription.Manager.AllChangeAware aware ? aware : null;
		files.forEach((file, loaded) -> {
			if (changed.contains(file)) {
				return;
			}
			boolean relink = !Collections.disjoint(descriptionUtils.collectOutgoingReferences(loaded.links), changedUris)
					|| descriptions.isAffected(deltas, loaded.links, context);
			if (relink) {
				loaded.resource.relink();
				loaded.links = null;
			}
			if (relink || allChanges != null && allChanges.isAffectedByAny(deltas, loaded.links, context)) {
				cache.clear(loaded.resource);
				affected.add(file);
			}
		});
		return affected;
	}

	/**
	 * Whether the settings the models were checked with are no longer those on disk. A
	 * {@code govmodel.json} in the project is watched by the workspace; one above the project,
	 * outside the workspace, is not: created, edited or deleted there, it is seen here, before the
	 * next request ({@link RuleSettings#changedOnDisk}: a few file checks, no reading of unchanged files).
	 */
	private boolean settingsChangedOnDisk() {
		return RuleSettings.of(resourceSet).changedOnDisk();
	}

	private void loadAll(IFile requested, String requestedText) {
		resourceSet = loader.newResourceSet(GovModelUiPlugin.language(), ModelSnapshots::location);
		for (IFile file : members(requested)) {
			boolean given = file.equals(requested) && requestedText != null;
			TextVersion version = given ? null : TextVersion.of(file);
			String text = given ? requestedText : read(file);
			if (text != null) {
				files.put(file, new LoadedFile(parse(ModelSnapshots.uriOf(file), text), text, version));
			}
		}
		loader.index(resourceSet);
		index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
	}

	private List<IFile> members(IFile requested) {
		List<IFile> listed = members;
		if (listed == null) {
			listed = List.copyOf(ModelSnapshots.projectModels(project));
			members = listed;
		}
		if (requested != null && !listed.contains(requested)) {
			List<IFile> withRequested = new ArrayList<>(listed);
			withRequested.add(requested);
			return withRequested;
		}
		return listed;
	}

	private static String read(IFile file) {
		try {
			return ModelTexts.current(file);
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot read " + file.getFullPath(), e);
			return null;
		}
	}

	private XtextResource parse(URI uri, String text) {
		return ModelSnapshots.load(resourceSet, uri, text);
	}
}
