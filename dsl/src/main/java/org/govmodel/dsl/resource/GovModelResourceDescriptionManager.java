package org.govmodel.dsl.resource;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.library.StandardLibrary;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Tells the incremental builder (language server, any Xtext build) which files
 * to check again after others changed, matching what the rules read.
 * <p>
 * Xtext's default revalidates a file only when a name it looks up was added,
 * removed or re-described. GovModel's rules read more than names: the
 * jurisdiction-wide rules see every body, solution and assessment of the files
 * that describe the same jurisdiction ({@code analysis.GovernanceViews}),
 * rules follow references into the referenced element's content, names must be
 * unique across files, and a model's own solution kinds serve every file. So a
 * file is affected by any change, even one that leaves the index as it was, to
 * <ul>
 * <li>a file it refers to;</li>
 * <li>a file that may describe the same jurisdiction ({@link JurisdictionGroups});</li>
 * <li>a file that adds or removes a name the file declares too;</li>
 * <li>a file whose jurisdictions or solution kinds changed, since that can
 * regroup the files or change what every file is checked against.</li>
 * </ul>
 * Other files are left alone: an edit to one country does not revalidate
 * another's. Library files never change during a build and are never
 * affected by user files.
 */
@Singleton
public class GovModelResourceDescriptionManager extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Inject
	private StandardLibrary library;

	@Inject
	private IQualifiedNameConverter converter;

	/**
	 * The groups read from the index of the build in progress. The builder asks
	 * about every file with the same index and the same deltas, unchanged while
	 * it asks, so the index is read once per build instead of once per file.
	 */
	private volatile GroupsOfBuild lastBuild;

	private record GroupsOfBuild(WeakReference<IResourceDescriptions> index, WeakReference<Collection<Delta>> deltas, JurisdictionGroups groups) {
		boolean isOf(IResourceDescriptions otherIndex, Collection<Delta> otherDeltas) {
			return index.get() == otherIndex && deltas.get() == otherDeltas;
		}
	}

	@Override
	public boolean isAffectedByAny(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		if (isAffected(deltas, candidate, context)) {
			return true;
		}
		if (!isUserFile(candidate.getURI())) {
			return false;
		}
		List<Delta> userDeltas = deltas.stream().filter(d -> isUserFile(d.getUri()) && !d.getUri().equals(candidate.getURI())).toList();
		if (userDeltas.isEmpty()) {
			return false;
		}
		Set<URI> referenced = getDescriptionUtils().collectOutgoingReferences(candidate);
		List<JurisdictionGroups.Declared> candidateJurisdictions = JurisdictionGroups.declaredIn(candidate, converter);
		JurisdictionGroups groups = null;
		for (Delta delta : userDeltas) {
			if (referenced.contains(delta.getUri()) || regroupsOrServesEveryFile(delta) || changesNamesDeclaredIn(candidate, delta)) {
				return true;
			}
			if (groups == null) {
				groups = groupsOf(context, deltas);
			}
			IResourceDescription changed = delta.getNew() != null ? delta.getNew() : delta.getOld();
			if (groups.mayShareView(candidateJurisdictions, JurisdictionGroups.declaredIn(changed, converter))) {
				return true;
			}
		}
		return false;
	}

	private JurisdictionGroups groupsOf(IResourceDescriptions index, Collection<Delta> deltas) {
		GroupsOfBuild last = lastBuild;
		if (last == null || !last.isOf(index, deltas)) {
			last = new GroupsOfBuild(new WeakReference<>(index), new WeakReference<>(deltas), new JurisdictionGroups(index, this::isUserFile, converter));
			lastBuild = last;
		}
		return last.groups();
	}

	private boolean isUserFile(URI uri) {
		return !library.contains(uri);
	}

	/** A changed set of jurisdictions (or parents) can move files between groups; solution kinds are read by every file. */
	private boolean regroupsOrServesEveryFile(Delta delta) {
		return !JurisdictionGroups.declaredIn(delta.getOld(), converter).equals(JurisdictionGroups.declaredIn(delta.getNew(), converter))
				|| declaresSolutionKinds(delta.getOld()) || declaresSolutionKinds(delta.getNew());
	}

	private static boolean declaresSolutionKinds(IResourceDescription description) {
		return description != null && description.getExportedObjectsByType(GovModelPackage.Literals.SOLUTION_KIND).iterator().hasNext();
	}

	/** Whether the change added or removed a name the candidate declares too (GOV-NAME-002 may appear or go). */
	private static boolean changesNamesDeclaredIn(IResourceDescription candidate, Delta delta) {
		Set<QualifiedName> before = namesOf(delta.getOld());
		Set<QualifiedName> after = namesOf(delta.getNew());
		Set<QualifiedName> changed = new HashSet<>(before);
		changed.addAll(after);
		before.retainAll(after);
		changed.removeAll(before);
		if (changed.isEmpty()) {
			return false;
		}
		for (IEObjectDescription declared : candidate.getExportedObjects()) {
			if (changed.contains(declared.getQualifiedName())) {
				return true;
			}
		}
		return false;
	}

	private static Set<QualifiedName> namesOf(IResourceDescription description) {
		Set<QualifiedName> names = new HashSet<>();
		if (description != null) {
			description.getExportedObjects().forEach(object -> names.add(object.getQualifiedName()));
		}
		return names;
	}
}
