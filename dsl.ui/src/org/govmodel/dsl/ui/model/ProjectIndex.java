package org.govmodel.dsl.ui.model;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * A project model's name index as the context of "which files does this
 * change affect": Xtext's container manager asks the context for the resource
 * set whose files are visible to each other (here: all of them, with the
 * library), which a bare {@link ResourceDescriptionsData} cannot tell.
 */
final class ProjectIndex implements IResourceDescriptions.IResourceSetAware {

	private final ResourceDescriptionsData index;

	private final ResourceSet resourceSet;

	ProjectIndex(ResourceDescriptionsData index, ResourceSet resourceSet) {
		this.index = index;
		this.resourceSet = resourceSet;
	}

	@Override
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	@Override
	public Iterable<IResourceDescription> getAllResourceDescriptions() {
		return index.getAllResourceDescriptions();
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		return index.getResourceDescription(uri);
	}

	@Override
	public boolean isEmpty() {
		return index.isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return index.getExportedObjects();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		return index.getExportedObjects(type, name, ignoreCase);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		return index.getExportedObjectsByType(type);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		return index.getExportedObjectsByObject(object);
	}
}
