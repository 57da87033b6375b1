package org.govmodel.dsl.ui.model;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * One model file as its editor shows it, parsed together with the models it
 * can refer to (the other models of its project, the standard library), so
 * that references, validation, hovers and proposals see what the command line
 * sees. A snapshot is never changed: each edit makes a new one.
 *
 * @param resourceSet the file, its project's other models and the library
 * @param resource    the file itself
 * @param document    its text in the shape the language's IDE services take
 * @param file        the workspace file, or {@code null} for a file outside the workspace
 */
public record ModelSnapshot(XtextResourceSet resourceSet, XtextResource resource, Document document, IFile file) {
}
