package org.govmodel.dsl.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.naming.TitledDescriptionStrategy;

/**
 * Which files may be checked together, as far as the index can tell without
 * loading them: a superset of the grouping of
 * {@link org.govmodel.dsl.analysis.GovernanceViews}.
 * <p>
 * There, a file belongs to the first jurisdiction it declares that no
 * jurisdiction names as its parent ({@code of}); a file without such a
 * jurisdiction belongs to the only one of the workspace, or stands alone when
 * there are several. The index holds the parents as written, not resolved, so
 * a jurisdiction counts here as a possible parent when its qualified name ends
 * with a written parent name (how imports and namespaces resolve one): every
 * guess errs towards "may share", never towards "does not".
 */
final class JurisdictionGroups {

	/** A jurisdiction a file declares, and the parent its {@code of} clause names as written. */
	record Declared(QualifiedName name, QualifiedName writtenParent) {
	}

	/** The group of the files that declare no subject of their own. */
	private static final Object WITHOUT_SUBJECT = new Object();

	private final Set<QualifiedName> writtenParents = new HashSet<>();
	private final boolean severalSubjects;

	/** Reads the jurisdictions of every user file of the index. */
	JurisdictionGroups(IResourceDescriptions index, Predicate<URI> isUserFile, IQualifiedNameConverter converter) {
		List<List<Declared>> files = new ArrayList<>();
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			if (isUserFile.test(description.getURI())) {
				List<Declared> declared = declaredIn(description, converter);
				files.add(declared);
				declared.stream().map(Declared::writtenParent).filter(p -> p != null).forEach(writtenParents::add);
			}
		}
		// a file whose first jurisdiction cannot be a parent certainly has it as its subject
		Set<QualifiedName> certainSubjects = new HashSet<>();
		for (List<Declared> declared : files) {
			if (!declared.isEmpty() && !mayBeParent(declared.get(0).name())) {
				certainSubjects.add(declared.get(0).name());
			}
		}
		severalSubjects = certainSubjects.size() > 1;
	}

	/** The jurisdictions a file's index entry declares, in the file's order (none for a deleted file). */
	static List<Declared> declaredIn(IResourceDescription description, IQualifiedNameConverter converter) {
		List<Declared> declared = new ArrayList<>();
		if (description != null) {
			for (IEObjectDescription jurisdiction : description.getExportedObjectsByType(GovModelPackage.Literals.JURISDICTION)) {
				String parent = jurisdiction.getUserData(TitledDescriptionStrategy.PARENT);
				declared.add(new Declared(jurisdiction.getQualifiedName(), parent == null ? null : converter.toQualifiedName(parent)));
			}
		}
		return declared;
	}

	/** Whether the two files may be checked as parts of one jurisdiction. */
	boolean mayShareView(List<Declared> first, List<Declared> second) {
		Set<Object> firstGroups = possibleGroups(first);
		Set<Object> secondGroups = possibleGroups(second);
		boolean withoutSubject = firstGroups.remove(WITHOUT_SUBJECT) | secondGroups.remove(WITHOUT_SUBJECT);
		if (withoutSubject && !severalSubjects) {
			// a file without a subject joins the workspace's only jurisdiction, whichever the other file's is
			return true;
		}
		firstGroups.retainAll(secondGroups);
		return !firstGroups.isEmpty();
	}

	/** The subjects the file may have, and {@link #WITHOUT_SUBJECT} when it may have none. */
	private Set<Object> possibleGroups(List<Declared> declared) {
		Set<Object> groups = new HashSet<>();
		for (Declared jurisdiction : declared) {
			groups.add(jurisdiction.name());
			if (!mayBeParent(jurisdiction.name())) {
				return groups;
			}
		}
		groups.add(WITHOUT_SUBJECT);
		return groups;
	}

	private boolean mayBeParent(QualifiedName name) {
		for (QualifiedName parent : writtenParents) {
			int extra = name.getSegmentCount() - parent.getSegmentCount();
			if (extra >= 0 && name.skipFirst(extra).equals(parent)) {
				return true;
			}
		}
		return false;
	}
}
