package org.govmodel.dsl.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
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

/**
 * Makes {@link ModelSnapshot}s the way the command line loads models: the
 * library first, then every model of the file's project (unsaved editor text
 * where there is one), one name index over all of them, and the project's
 * {@code govmodel.json} rule severities.
 */
public class ModelSnapshots {

	@Inject
	private ModelLoader loader;

	@Inject
	private LibraryFiles libraryFiles;

	/** The model an editor's document holds: a workspace file, or a file outside the workspace. */
	public ModelSnapshot of(IDocument document) {
		String text = document.get();
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getLocation() != null) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
			if (file.exists()) {
				return of(file, text);
			}
		}
		URI location = buffer != null && buffer.getFileStore() != null ? URI.createURI(buffer.getFileStore().toURI().toString())
				: URI.createURI("memory:/untitled." + GovModelFiles.EXTENSION);
		return of(location, text);
	}

	/** A workspace file with the given text (its editor's), among its project's other models. */
	public ModelSnapshot of(IFile file, String text) {
		XtextResourceSet resourceSet = loader.newResourceSet(GovModelUiPlugin.language(), ModelSnapshots::location);
		for (IFile other : projectModels(file)) {
			if (!other.equals(file)) {
				try {
					load(resourceSet, uriOf(other), ModelTexts.current(other));
				} catch (CoreException e) {
					GovModelUiPlugin.log("Cannot read " + other.getFullPath(), e);
				}
			}
		}
		XtextResource resource = load(resourceSet, uriOf(file), text);
		loader.index(resourceSet);
		return new ModelSnapshot(resourceSet, resource, new Document(1, text), file);
	}

	/** A file outside the workspace (a library file opened from a link, or any file on disk): alone with the library. */
	public ModelSnapshot of(URI location, String text) {
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

	/** Every model of the file's project, the file included. */
	public static List<IFile> projectModels(IFile file) {
		List<IFile> result = projectModels(file.getProject());
		if (!result.contains(file)) {
			result.add(file);
		}
		return result;
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

	private static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
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
