package org.govmodel.dsl.ui.model;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

import com.google.common.collect.ImmutableList;

/**
 * What a file exported at one moment, kept after its resource is parsed anew:
 * the two sides of a {@link IResourceDescription.Delta}. A live description
 * reads its resource and would describe the new text on both sides. The
 * descriptions it keeps stay readable after the resource is reparsed (their
 * elements become proxies that still know their URI).
 */
final class ExportedNames extends AbstractResourceDescription {

	private final URI uri;

	private final List<IEObjectDescription> exported;

	private ExportedNames(URI uri, List<IEObjectDescription> exported) {
		this.uri = uri;
		this.exported = exported;
	}

	static ExportedNames of(IResourceDescription live) {
		return new ExportedNames(live.getURI(), ImmutableList.copyOf(live.getExportedObjects()));
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<org.eclipse.xtext.naming.QualifiedName> getImportedNames() {
		return List.of();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return List.of();
	}

	@Override
	public URI getURI() {
		return uri;
	}
}
