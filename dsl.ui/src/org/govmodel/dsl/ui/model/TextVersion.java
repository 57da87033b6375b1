package org.govmodel.dsl.ui.model;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * Where a file's current text comes from (its open editor's document, else
 * the file) and that source's modification stamp: while it is the same, the
 * text is the same, and the file need not even be read again.
 *
 * @param source the editor's document or the file
 * @param stamp  its modification stamp
 */
record TextVersion(Object source, long stamp) {

	static TextVersion of(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			IDocument document = buffer.getDocument();
			long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
			return stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP ? null : new TextVersion(document, stamp);
		}
		long stamp = file.getModificationStamp();
		return stamp == IResource.NULL_STAMP ? null : new TextVersion(file, stamp);
	}
}
