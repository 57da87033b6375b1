package org.govmodel.dsl.loading;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Model;

import com.google.inject.Inject;

/**
 * Makes a loaded resource set safe to check file by file on several threads, and to read on several threads (the
 * generators: one thread per subject or diagram). Checking reads the
 * models; what writes to them, or to structures the threads share, is done here first, by one thread:
 * <ul>
 * <li>every lazy reference of every resource (the library's too) is resolved: resolving replaces
 * proxies in the models and records linking diagnostics in the resources;</li>
 * <li>each resource gets its scope cache ({@link IResourceScopeCache}, for qualified names and scopes):
 * the cache's values are a concurrent map, but the cache is attached to a resource's adapter list,
 * which is not safe to add to from two threads;</li>
 * <li>the governance views are built (their cache is synchronized; building it first spares the
 * threads waiting for one another).</li>
 * </ul>
 * What stays shared while checking is thread-safe: the views' cache, the rule settings and
 * diagnostic messages (synchronized or concurrent), each check's state (Xtext keeps it per thread).
 * Services that attach themselves to the resource set on first use do so through
 * {@link org.govmodel.dsl.util.ResourceSetAdapters}, under one lock, so a check may still attach one.
 */
public class ParallelChecking {

	@Inject
	private IResourceScopeCache scopeCache;

	@Inject
	private GovernanceViews views;

	/** Prepares the resource set: afterwards its user files may be checked on several threads at once. */
	public void prepare(ResourceSet resourceSet) {
		// by index: resolving may load a file into the resource set, whose references are then resolved in turn
		for (int i = 0; i < resourceSet.getResources().size(); i++) {
			if (resourceSet.getResources().get(i) instanceof LazyLinkingResource lazy) {
				lazy.resolveLazyCrossReferences(CancelIndicator.NullImpl);
			}
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (scopeCache instanceof OnChangeEvictingCache cache) {
				cache.getOrCreate(resource);
			}
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				views.viewOf(model);
			}
		}
	}
}
