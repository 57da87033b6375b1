package org.govmodel.dsl.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.ui.GovModelFiles;
import org.govmodel.dsl.ui.GovModelUiPlugin;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Gives requests ({@link #read}) a {@link ModelSnapshot} of their file loaded
 * the way the command line loads models: the library, every model of the
 * file's project (unsaved editor text where there is one), one name index over
 * all of them, and the {@code govmodel.json} rule severities. A workspace
 * file's snapshot comes from its project's {@link ProjectModel}, kept between
 * requests and updated incrementally; a file outside the workspace is parsed
 * alone with the library.
 * <p>
 * A project's model lives while one of its models is open in an editor (or a
 * validation runs); {@link #release} drops it when the last one closes, when
 * the project closes and when its settings change.
 */
@Singleton
public class ModelSnapshots {

	@Inject
	private ModelLoader loader;

	@Inject
	private LibraryFiles libraryFiles;

	@Inject
	private Provider<ProjectModel> newModels;

	private final Map<IProject, ProjectModel> models = new HashMap<>();

	private final List<BiConsumer<ProjectModel, ProjectModel.Changes>> changeListeners = new CopyOnWriteArrayList<>();

	/** Runs the request on the model an editor's document holds: a workspace file, or a file outside the workspace. */
	public <T> T read(IDocument document, Function<ModelSnapshot, T> request) {
		String text = document.get();
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getLocation() != null) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
			if (file.exists()) {
				return read(file, text, request);
			}
		}
		URI location = buffer != null && buffer.getFileStore() != null ? URI.createURI(buffer.getFileStore().toURI().toString())
				: URI.createURI("memory:/untitled." + GovModelFiles.EXTENSION);
		return request.apply(outsideWorkspace(location, text));
	}

	/**
	 * Runs the request on a workspace file among its project's other models, while no other request or update runs on them.
	 *
	 * @param text the file's text as the requester sees it (its editor's); null for its current text
	 */
	public <T> T read(IFile file, String text, Function<ModelSnapshot, T> request) {
		return modelOf(file.getProject()).read(file, text, request);
	}

	/**
	 * Runs a request that may come with no editor of the project open (the quick fixes offered in
	 * the Problems view) on a workspace file's current text, as {@link #read(IFile, String, Function)}
	 * does; a model loaded for it alone is released afterwards unless an editor of the project holds it.
	 */
	public <T> T readWithoutEditor(IFile file, Function<ModelSnapshot, T> request) {
		IProject project = file.getProject();
		boolean loaded = existingModelOf(project) != null;
		try {
			return read(file, null, request);
		} finally {
			if (!loaded) {
				releaseIfUnused(project);
			}
		}
	}

	/** The project's model, created (not yet loaded) if there is none. */
	public ProjectModel modelOf(IProject project) {
		synchronized (models) {
			return models.computeIfAbsent(project, p -> {
				ProjectModel model = newModels.get();
				model.open(p, changes -> changeListeners.forEach(listener -> listener.accept(model, changes)));
				return model;
			});
		}
	}

	/** The project's model if it has one. */
	public ProjectModel existingModelOf(IProject project) {
		synchronized (models) {
			return models.get(project);
		}
	}

	/** Forgets the project's model: the next request loads the project anew. */
	public void release(IProject project) {
		synchronized (models) {
			models.remove(project);
		}
	}

	/** Releases the project's model unless one of its models is open in an editor. */
	public void releaseIfUnused(IProject project) {
		for (IFileBuffer buffer : FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			IPath location = buffer.getLocation();
			if (location != null && location.segmentCount() > 1 && location.segment(0).equals(project.getName())
					&& GovModelFiles.EXTENSION.equals(location.getFileExtension())) {
				return;
			}
		}
		release(project);
	}

	/** Told, outside any model's lock, which files an update of a project's model parsed anew or affected. */
	public void addChangeListener(BiConsumer<ProjectModel, ProjectModel.Changes> listener) {
		changeListeners.add(listener);
	}

	/** A file outside the workspace (a library file opened from a link, or any file on disk): alone with the library, made for the request. */
	private ModelSnapshot outsideWorkspace(URI location, String text) {
		XtextResourceSet resourceSet = loader.newResourceSet(GovModelUiPlugin.language(), ModelSnapshots::location);
		URI libraryUri = libraryFiles.libraryUriOf(location);
		XtextResource resource;
		if (libraryUri != null) {
			resource = (XtextResource) resourceSet.getResource(libraryUri, true);
		} else {
			resource = load(resourceSet, location, text);
		}
		loader.index(resourceSet);
		return new ModelSnapshot(resourceSet, resource, new Document(1, text), null);
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** Every model of a project (build output folders left out). */
	public static List<IFile> projectModels(IProject project) {
		List<IFile> result = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (GovModelFiles.isModel(resource)) {
					result.add((IFile) resource);
				}
				return resource.getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			GovModelUiPlugin.log("Cannot list the models of " + project.getName(), e);
		}
		return result;
	}

	/** Parses the text as the resource of that URI, replacing the one the set had. */
	static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			resourceSet.getResources().remove(existing);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Where a model is on disk: a workspace file's location, a file URI's path; null for anything else. */
	public static java.nio.file.Path location(URI uri) {
		if (uri.isPlatformResource()) {
			IPath location = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true))).getLocation();
			return location == null ? null : location.toPath();
		}
		return uri.isFile() ? java.nio.file.Path.of(uri.toFileString()) : null;
	}
}
