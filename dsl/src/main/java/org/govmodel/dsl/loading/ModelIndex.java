package org.govmodel.dsl.loading;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * Installs a name-indexed description of every loaded file on a resource set.
 * Without it, each reference that is not local asks every file in turn, which
 * makes linking grow with references × files; with it, a global lookup is one
 * map access. Used where a batch of files is loaded once (CLI, build plugins);
 * editors keep Xtext's own incremental index.
 */
public class ModelIndex {

	@Inject
	private IResourceDescription.Manager descriptions;

	public void install(ResourceSet resourceSet) {
		List<IResourceDescription> all = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			all.add(descriptions.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(all));
	}
}
