package org.govmodel.generators.diagrams;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.output.FolderNames;

/**
 * Which diagrams the subjects get and where they are: under {@code diagrams/},
 * {@code <subject>-governance} for each subject with bodies and
 * {@code <subject>-units-<body>} for each of its operational bodies with units,
 * each with the extensions of {@link #FORMATS}; names distinct by construction
 * ({@link FolderNames}).
 */
public final class DiagramFiles {

	public static final String FOLDER = "diagrams/";
	public static final List<String> FORMATS = List.of(".svg", ".dot", ".puml", ".mmd");

	private final IQualifiedNameProvider names;
	private final FolderNames folder = new FolderNames();

	DiagramFiles(List<Subject> subjects, IQualifiedNameProvider names) {
		this.names = names;
		String[] suffixes = FORMATS.toArray(String[]::new);
		for (Subject subject : subjects) {
			if (subject.view().bodies().isEmpty()) {
				continue;
			}
			folder.add(governanceKey(subject), subject.fileName() + "-governance", suffixes);
			for (Body body : unitBodies(subject)) {
				folder.add(unitsKey(subject, body), subject.fileName() + "-units-" + body.getName(), suffixes);
			}
		}
	}

	/** The operational bodies of the subject that have a units diagram. */
	static List<Body> unitBodies(Subject subject) {
		return subject.view().bodiesOfTier(Tier.OPERATIONAL).stream().filter(b -> !b.getUnits().isEmpty()).toList();
	}

	/** The governance diagram's path without extension, relative to the output folder; empty when the subject has no bodies. */
	public Optional<String> governance(Subject subject) {
		String key = governanceKey(subject);
		return folder.contains(key) ? Optional.of(FOLDER + folder.stem(key)) : Optional.empty();
	}

	/** The units diagram's path without extension; empty when the body has none. */
	public Optional<String> units(Subject subject, Body body) {
		String key = unitsKey(subject, body);
		return folder.contains(key) ? Optional.of(FOLDER + folder.stem(key)) : Optional.empty();
	}

	private static String governanceKey(Subject subject) {
		return subject.key() + " governance";
	}

	private String unitsKey(Subject subject, Body body) {
		return subject.key() + " units " + names.getFullyQualifiedName(body);
	}
}
