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
import org.govmodel.dsl.util.ResourceSetAdapters;

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

	/** The user files of the resource set that declare an element with this qualified name, in the order they were loaded. */
	public List<Resource> declarationsOf(ResourceSet resourceSet, QualifiedName name) {
		return cacheOf(resourceSet).declarationsOf(name);
	}

	/** Whether a jurisdiction of the resource set names this one as its parent ({@code of}). */
	public boolean isParent(Jurisdiction jurisdiction) {
		Resource resource = jurisdiction.eResource();
		return resource != null && resource.getResourceSet() != null && cacheOf(resource.getResourceSet()).isParent(jurisdiction);
	}

	private Cache cacheOf(ResourceSet resourceSet) {
		return ResourceSetAdapters.attached(resourceSet, Cache.class, cache -> cache.library == library, () -> new Cache(library, names));
	}

	/** The parents the jurisdictions name (resolved now: a parent in another file may have been parsed anew). */
	private static Stream<Jurisdiction> parentsOf(List<Jurisdiction> jurisdictions) {
		return jurisdictions.stream().map(Jurisdiction::getParent).filter(p -> p != null && !p.eIsProxy());
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

	/**
	 * What one file contributes to the grouping, taken from one parse of it: recomputed only when the file is parsed
	 * anew, so that loading the hundredth file of a national workspace does not walk the ninety-nine before it again.
	 *
	 * @param parseState the parse result these facts come from
	 * @param model      the file's model, or null for a resource that holds none
	 * @param names      the qualified names the file declares (user files only)
	 * @param jurisdictions the jurisdictions the file declares (their parents are looked up when grouping: a parent in
	 *                   another file is another parse's object once that file is parsed anew)
	 * @param describesMore whether the file declares anything besides jurisdictions
	 */
	private record FileFacts(Object parseState, Model model, boolean library, List<QualifiedName> names, List<Jurisdiction> jurisdictions,
			boolean describesMore, List<TierDefinition> tiers, List<SolutionKind> kinds) {
	}

	/**
	 * Per-resource-set memo. Brought up to date when a resource was added, removed or parsed anew: only the changed
	 * files are read again and the grouping, cheap per file, is redone. Views are built when first asked for. When files
	 * were only added (a build loading a workspace file by file), a jurisdiction's view is kept unless its files
	 * changed; when a file was parsed anew or removed, every view is dropped, since other views may refer into the
	 * old parse.
	 */
	private static final class Cache extends AdapterImpl {
		private final StandardLibrary library;
		private Object[] stamp = new Object[0];
		private final Map<Resource, FileFacts> facts = new IdentityHashMap<>();
		private final Map<Resource, Object> groupOf = new IdentityHashMap<>();
		private final Map<Object, GovernanceView> views = new HashMap<>();
		private final Map<Object, List<Model>> membersOf = new HashMap<>();
		private List<TierDefinition> tiers = List.of();
		private List<SolutionKind> kinds = List.of();
		private final IQualifiedNameProvider names;
		private final Map<QualifiedName, List<Resource>> declarations = new HashMap<>();
		private Set<Jurisdiction> parents = Set.of();

		Cache(StandardLibrary library, IQualifiedNameProvider names) {
			this.library = library;
			this.names = names;
		}

		synchronized boolean isParent(Jurisdiction jurisdiction) {
			ensureCurrent();
			return parents.contains(jurisdiction);
		}

		synchronized List<Resource> declarationsOf(QualifiedName name) {
			ensureCurrent();
			return List.copyOf(declarations.getOrDefault(name, List.of()));
		}

		/** Brings the views up to date when a resource was added, removed or parsed anew. */
		private void ensureCurrent() {
			ResourceSet resourceSet = (ResourceSet) getTarget();
			if (!isCurrent(resourceSet)) {
				// the stamp is of the resources read; one that reading them loads (a parent jurisdiction's file) is
				// taken in by the next call
				List<Resource> resources = List.copyOf(resourceSet.getResources());
				update(resources);
				stamp = stampOf(resources);
			}
		}

		synchronized GovernanceView viewOf(Resource resource) {
			ensureCurrent();
			Object group = groupOf.get(resource);
			GovernanceView view = group == null ? null : views.get(group);
			if (view == null && group != null) {
				// not computeIfAbsent: building the view resolves references, which may load files into the resource set
				view = new GovernanceView(group instanceof Jurisdiction j ? j : null, membersOf.get(group), tiers, kinds);
				views.put(group, view);
			}
			if (view == null) {
				Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
				return new GovernanceView(null, model == null ? List.of() : List.of(model), List.of(), List.of());
			}
			return view;
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

		private static Object[] stampOf(List<Resource> resources) {
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

		private void update(List<Resource> resources) {
			Set<Resource> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			boolean onlyAdded = true;
			for (Resource resource : resources) {
				present.add(resource);
				FileFacts known = facts.get(resource);
				Object parseState = parseStateOf(resource);
				if (known == null || known.parseState() != parseState) {
					if (known != null) {
						forgetNames(resource, known);
						onlyAdded = false;
					}
					FileFacts read = read(resource, parseState);
					facts.put(resource, read);
					read.names().forEach(name -> declarations.computeIfAbsent(name, n -> new ArrayList<>(1)).add(resource));
				}
			}
			for (java.util.Iterator<Map.Entry<Resource, FileFacts>> known = facts.entrySet().iterator(); known.hasNext();) {
				Map.Entry<Resource, FileFacts> entry = known.next();
				if (!present.contains(entry.getKey())) {
					forgetNames(entry.getKey(), entry.getValue());
					known.remove();
					onlyAdded = false;
				}
			}
			regroup(resources, onlyAdded);
		}

		private void forgetNames(Resource resource, FileFacts known) {
			for (QualifiedName name : known.names()) {
				List<Resource> declaring = declarations.get(name);
				if (declaring != null) {
					declaring.remove(resource);
					if (declaring.isEmpty()) {
						declarations.remove(name);
					}
				}
			}
		}

		/** What one file contributes: its model, and for a user file the names it declares and its jurisdictions. */
		private FileFacts read(Resource resource, Object parseState) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				return new FileFacts(parseState, null, false, List.of(), List.of(), false, List.of(), List.of());
			}
			List<SolutionKind> kinds = model.getElements().stream().filter(SolutionKind.class::isInstance).map(SolutionKind.class::cast).toList();
			if (library.contains(resource.getURI())) {
				List<TierDefinition> tiers = model.getElements().stream().filter(TierDefinition.class::isInstance).map(TierDefinition.class::cast).toList();
				return new FileFacts(parseState, model, true, List.of(), List.of(), false, tiers, kinds);
			}
			List<Jurisdiction> jurisdictions = model.getElements().stream().filter(Jurisdiction.class::isInstance).map(Jurisdiction.class::cast).toList();
			boolean describesMore = jurisdictions.size() < model.getElements().size();
			return new FileFacts(parseState, model, false, declaredNames(model), jurisdictions, describesMore, List.of(), kinds);
		}

		/** The qualified names a user file declares (top-level elements and their nested parties), each once. */
		private List<QualifiedName> declaredNames(Model model) {
			Set<QualifiedName> declared = new java.util.LinkedHashSet<>();
			for (java.util.Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
				QualifiedName name = names.getFullyQualifiedName(all.next());
				if (name != null) {
					declared.add(name);
				}
			}
			return List.copyOf(declared);
		}

		/** Groups the user files by the jurisdiction they describe; keeps each view whose files and definitions are unchanged. */
		private void regroup(List<Resource> resources, boolean onlyAdded) {
			List<TierDefinition> newTiers = new ArrayList<>();
			List<SolutionKind> newKinds = new ArrayList<>();
			Map<Resource, Model> userModels = new LinkedHashMap<>();
			Set<Jurisdiction> parents = new HashSet<>();
			for (Resource resource : resources) {
				FileFacts file = facts.get(resource);
				if (file.model() == null) {
					continue;
				}
				newKinds.addAll(file.kinds());
				newTiers.addAll(file.tiers());
				if (!file.library()) {
					userModels.put(resource, file.model());
					parentsOf(file.jurisdictions()).forEach(parents::add);
				}
			}
			Map<Resource, Jurisdiction> declared = new IdentityHashMap<>();
			Set<Jurisdiction> subjects = new java.util.LinkedHashSet<>();
			// the jurisdiction a file describes: its first jurisdiction that is not only the parent of another one
			// declared beside it. A file that declares nothing but a parent jurisdiction (to be referred to) describes
			// none; one that declares a parent jurisdiction together with its bodies, solutions or assessments
			// describes that jurisdiction (a national model beside a provincial one)
			userModels.keySet().forEach(resource -> {
				FileFacts file = facts.get(resource);
				Set<Jurisdiction> localParents = new HashSet<>();
				parentsOf(file.jurisdictions()).forEach(localParents::add);
				file.jurisdictions().stream().filter(j -> !localParents.contains(j)).findFirst()
						.filter(j -> !parents.contains(j) || file.describesMore()).ifPresent(j -> {
					declared.put(resource, j);
					subjects.add(j);
				});
			});
			List<Jurisdiction> leaves = subjects.stream().filter(j -> !parents.contains(j)).toList();
			Jurisdiction onlyLeaf = leaves.size() == 1 ? leaves.get(0) : null;
			Map<Object, List<Model>> members = new LinkedHashMap<>();
			groupOf.clear();
			userModels.forEach((resource, model) -> {
				Object group = declared.containsKey(resource) ? declared.get(resource) : sameNamespace(model, declared, userModels).map(Object.class::cast)
						.orElse(onlyLeaf != null ? onlyLeaf : resource);
				groupOf.put(resource, group);
				members.computeIfAbsent(group, g -> new ArrayList<>()).add(model);
			});
			this.parents = parents;
			boolean mayKeep = onlyAdded && newTiers.equals(tiers) && newKinds.equals(kinds);
			tiers = List.copyOf(newTiers);
			kinds = List.copyOf(newKinds);
			// a view is built when a file of its jurisdiction is first checked (viewOf): a build that checks one file of a
			// national workspace builds one view, not one per jurisdiction loaded beside it
			views.keySet().removeIf(group -> !mayKeep || !java.util.Objects.equals(members.get(group), membersOf.get(group)));
			membersOf.clear();
			membersOf.putAll(members);
		}
	}
}
