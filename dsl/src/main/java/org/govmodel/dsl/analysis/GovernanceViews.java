package org.govmodel.dsl.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Groups the files of a resource set by the jurisdiction they describe and
 * builds one {@link GovernanceView} per group, cached until a file is parsed
 * anew.
 * <p>
 * A file that declares a jurisdiction (one that is not merely the parent of
 * another) belongs to it; a file without one belongs to the only such
 * jurisdiction of the resource set, or stands alone when there are several.
 * So a folder of examples for different countries is checked country by
 * country, and a country split over many files is checked as a whole.
 */
@Singleton
public class GovernanceViews {

	@Inject
	private StandardLibrary library;

	@Inject
	private IQualifiedNameProvider names;

	/** The view of the jurisdiction that the element's file describes. */
	public GovernanceView viewOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			Model model = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, Model.class);
			return new GovernanceView(null, model == null ? List.of() : List.of(model), List.of(), List.of());
		}
		return cacheOf(resource.getResourceSet()).viewOf(resource);
	}

	/**
	 * The other user files of the resource set that declare an element with the
	 * same qualified name (empty for library elements and unnamed ones).
	 */
	public List<Resource> otherDeclarationsOf(EObject element) {
		Resource resource = element.eResource();
		QualifiedName name = names.getFullyQualifiedName(element);
		if (resource == null || resource.getResourceSet() == null || name == null) {
			return List.of();
		}
		List<Resource> declaring = cacheOf(resource.getResourceSet()).declarationsOf(name);
		return declaring.stream().filter(r -> r != resource).toList();
	}

	private Cache cacheOf(ResourceSet resourceSet) {
		for (Object adapter : resourceSet.eAdapters()) {
			if (adapter instanceof Cache cache && cache.library == library) {
				return cache;
			}
		}
		Cache cache = new Cache(library, names);
		resourceSet.eAdapters().add(cache);
		return cache;
	}

	/** The jurisdictions a file names as the parent of another one. */
	private static Stream<Jurisdiction> parentsDeclaredIn(Model model) {
		return model.getElements().stream().filter(Jurisdiction.class::isInstance).map(j -> ((Jurisdiction) j).getParent())
				.filter(p -> p != null && !p.eIsProxy());
	}

	/**
	 * The jurisdiction a file describes: its first jurisdiction that is not only
	 * the parent of another one declared beside it. A file that declares nothing
	 * but a parent jurisdiction (to be referred to) describes none; a file that
	 * declares a parent jurisdiction together with its bodies, solutions or
	 * assessments describes that jurisdiction (a national model beside a
	 * provincial one).
	 */
	private static Optional<Jurisdiction> ownJurisdiction(Model model, Set<Jurisdiction> parents) {
		Set<Jurisdiction> localParents = new HashSet<>();
		parentsDeclaredIn(model).forEach(localParents::add);
		Optional<Jurisdiction> own = model.getElements().stream().filter(Jurisdiction.class::isInstance).map(Jurisdiction.class::cast)
				.filter(j -> !localParents.contains(j)).findFirst();
		boolean describesMore = model.getElements().stream().anyMatch(e -> !(e instanceof Jurisdiction));
		return own.filter(j -> !parents.contains(j) || describesMore);
	}

	/** The jurisdiction described by the files of the same namespace as this one, if they describe exactly one. */
	private static Optional<Jurisdiction> sameNamespace(Model model, Map<Resource, Jurisdiction> declared, Map<Resource, Model> models) {
		if (model.getName() == null) {
			return Optional.empty();
		}
		List<Jurisdiction> found = declared.entrySet().stream().filter(e -> model.getName().equals(models.get(e.getKey()).getName())).map(Map.Entry::getValue)
				.distinct().toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** Per-resource-set memo, rebuilt when the set of parse results changes. */
	private static final class Cache extends AdapterImpl {
		private final StandardLibrary library;
		private Object[] stamp = new Object[0];
		private final Map<Resource, Object> groupOf = new IdentityHashMap<>();
		private final Map<Object, GovernanceView> views = new HashMap<>();
		private final IQualifiedNameProvider names;
		private final Map<QualifiedName, List<Resource>> declarations = new HashMap<>();

		Cache(StandardLibrary library, IQualifiedNameProvider names) {
			this.library = library;
			this.names = names;
		}

		synchronized List<Resource> declarationsOf(QualifiedName name) {
			ensureCurrent();
			return declarations.getOrDefault(name, List.of());
		}

		/** Rebuilds the views when a resource was added, removed or parsed anew. */
		private void ensureCurrent() {
			ResourceSet resourceSet = (ResourceSet) getTarget();
			if (!isCurrent(resourceSet)) {
				rebuild(resourceSet);
				stamp = stampOf(resourceSet);
			}
		}

		synchronized GovernanceView viewOf(Resource resource) {
			ensureCurrent();
			Object group = groupOf.get(resource);
			GovernanceView view = group == null ? null : views.get(group);
			if (view == null) {
				Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
				return new GovernanceView(null, model == null ? List.of() : List.of(model), List.of(), List.of());
			}
			return view;
		}

		/** Records which user files declare which qualified names (top-level elements and their nested parties). */
		private void indexNames(Resource resource, Model model) {
			for (java.util.Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
				EObject element = all.next();
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					List<Resource> declaring = declarations.computeIfAbsent(name, n -> new ArrayList<>(1));
					if (!declaring.contains(resource)) {
						declaring.add(resource);
					}
				}
			}
		}

		/** Whether the resources and their parse results are those the views were built from (no allocation: called per check). */
		private boolean isCurrent(ResourceSet resourceSet) {
			List<Resource> resources = resourceSet.getResources();
			if (resources.size() * 2 != stamp.length) {
				return false;
			}
			for (int i = 0; i < resources.size(); i++) {
				Resource resource = resources.get(i);
				if (stamp[2 * i] != resource || stamp[2 * i + 1] != parseStateOf(resource)) {
					return false;
				}
			}
			return true;
		}

		private Object[] stampOf(ResourceSet resourceSet) {
			List<Resource> resources = resourceSet.getResources();
			Object[] result = new Object[resources.size() * 2];
			for (int i = 0; i < resources.size(); i++) {
				result[2 * i] = resources.get(i);
				result[2 * i + 1] = parseStateOf(resources.get(i));
			}
			return result;
		}

		private static Object parseStateOf(Resource resource) {
			return resource instanceof XtextResource x ? x.getParseResult() : resource.getContents();
		}

		private void rebuild(ResourceSet resourceSet) {
			groupOf.clear();
			views.clear();
			declarations.clear();
			List<TierDefinition> tiers = new ArrayList<>();
			List<SolutionKind> kinds = new ArrayList<>();
			Map<Resource, Model> userModels = new LinkedHashMap<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
					continue;
				}
				model.getElements().stream().filter(SolutionKind.class::isInstance).map(SolutionKind.class::cast).forEach(kinds::add);
				if (library.contains(resource.getURI())) {
					model.getElements().stream().filter(TierDefinition.class::isInstance).map(TierDefinition.class::cast).forEach(tiers::add);
				} else {
					userModels.put(resource, model);
					indexNames(resource, model);
				}
			}
			Set<Jurisdiction> parents = new HashSet<>();
			for (Model model : userModels.values()) {
				parentsDeclaredIn(model).forEach(parents::add);
			}
			Map<Resource, Jurisdiction> declared = new IdentityHashMap<>();
			Set<Jurisdiction> subjects = new java.util.LinkedHashSet<>();
			userModels.forEach((resource, model) -> ownJurisdiction(model, parents).ifPresent(j -> {
				declared.put(resource, j);
				subjects.add(j);
			}));
			List<Jurisdiction> leaves = subjects.stream().filter(j -> !parents.contains(j)).toList();
			Jurisdiction onlyLeaf = leaves.size() == 1 ? leaves.get(0) : null;
			Map<Object, List<Model>> members = new LinkedHashMap<>();
			userModels.forEach((resource, model) -> {
				Object group = declared.containsKey(resource) ? declared.get(resource) : sameNamespace(model, declared, userModels).map(Object.class::cast)
						.orElse(onlyLeaf != null ? onlyLeaf : resource);
				groupOf.put(resource, group);
				members.computeIfAbsent(group, g -> new ArrayList<>()).add(model);
			});
			members.forEach((group, models) -> views.put(group,
					new GovernanceView(group instanceof Jurisdiction j ? j : null, models, List.copyOf(tiers), List.copyOf(kinds))));
		}
	}
}
