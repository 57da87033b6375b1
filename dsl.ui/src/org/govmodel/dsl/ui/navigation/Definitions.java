package org.govmodel.dsl.ui.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.govmodel.dsl.ui.model.ModelSnapshot;

import com.google.inject.Inject;

/** Where the reference under an offset leads: the linker's target and the span of its name. */
public class Definitions {

	/** A reference (its extent in the source) and its definition (file and the span of its name there). */
	public record Definition(int sourceOffset, int sourceLength, URI targetFile, ITextRegion targetRegion) {
	}

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ILocationInFileProvider locations;

	public Definition at(ModelSnapshot snapshot, int offset) {
		INode reference = offsets.getCrossReferenceNode(snapshot.resource(), new TextRegion(offset, 0));
		if (reference == null) {
			return null;
		}
		EObject target = offsets.resolveCrossReferencedElementAt(snapshot.resource(), offset);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		return new Definition(reference.getOffset(), reference.getLength(), target.eResource().getURI(),
				locations.getSignificantTextRegion(target));
	}
}
