package org.govmodel.dsl.loading;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;

/**
 * Makes a loaded resource set safe to check file by file on several threads, and to read on several threads (the
 * generators: one thread per subject or diagram). Checking reads the
 * models; what writes to them, or to structures the threads share, is done here first:
 * <ul>
 * <li>each resource gets its scope cache ({@link IResourceScopeCache}, for qualified names and scopes):
 * the cache's values are a concurrent map, but the cache is attached to a resource's adapter list,
 * which is not safe to add to from two threads;</li>
 * <li>every lazy reference of every resource is resolved: resolving replaces proxies in the models and
 * records linking diagnostics in the resources. The library's are resolved first, on this thread; then
 * the user files', each by one thread, on every core. That is safe because the resource set has its name
 * index installed ({@link ModelIndex}; every loader installs it, and a resource set without one gets it
 * here first): resolving a file's references writes to that file (its elements, its diagnostics, its
 * did-you-mean budget), and to other files only through their scope caches, whose values are concurrent
 * maps created beforehand; the scopes, and the checks, read the other files' elements through the index,
 * which holds them already, and their containment (a framework's items), never their references. Without
 * an index they would describe (and might load) other files on demand, which is not safe from two threads;</li>
 * <li>the governance views are built (their cache is synchronized; building it first spares the
 * threads waiting for one another);</li>
 * <li>the metamodel's attribute defaults are worked out: EMF computes a feature's and a data type's default on
 * first use and keeps it in a field without a lock, and {@link org.govmodel.dsl.util.Stated} asks for them on
 * every thread, so a thread could see the default as null while another was computing it and take a value
 * written as {@code 0} for one not written.</li>
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

	@Inject
	private StandardLibrary library;

	@Inject
	private ModelIndex index;

	/** Prepares the resource set: afterwards its user files may be checked on several threads at once. */
	public void prepare(ResourceSet resourceSet) {
		if (ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet) == null) {
			index.install(resourceSet);
		}
		computeDefaults();
		List<Resource> loaded = List.copyOf(resourceSet.getResources());
		for (Resource resource : loaded) {
			if (scopeCache instanceof OnChangeEvictingCache cache) {
				cache.getOrCreate(resource);
			}
		}
		Map<Boolean, List<Resource>> byLibrary = loaded.stream().collect(Collectors.partitioningBy(resource -> library.contains(resource.getURI())));
		byLibrary.get(true).forEach(ParallelChecking::resolve);
		byLibrary.get(false).parallelStream().forEach(ParallelChecking::resolve);
		// A file that resolving loaded into the resource set (none is expected: the index holds the loaded files' own
		// elements) is resolved on this thread, and so are the files that it loads in turn.
		for (int i = loaded.size(); i < resourceSet.getResources().size(); i++) {
			Resource added = resourceSet.getResources().get(i);
			if (scopeCache instanceof OnChangeEvictingCache cache) {
				cache.getOrCreate(added);
			}
			resolve(added);
		}
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				views.viewOf(model);
			}
		}
	}

	private static void computeDefaults() {
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				type.getEAllAttributes().forEach(EAttribute::getDefaultValue);
			}
		}
	}

	private static void resolve(Resource resource) {
		if (resource instanceof LazyLinkingResource lazy) {
			lazy.resolveLazyCrossReferences(CancelIndicator.NullImpl);
		}
	}
}
