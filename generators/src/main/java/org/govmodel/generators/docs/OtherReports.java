package org.govmodel.generators.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.diagrams.DiagramFiles;

/**
 * The reports of one run beside the documentation site, so that the site and its home link to
 * them: a subject's diagrams, its assessments' scorecards, its radars and trends, and the run's
 * scorecard index, scores and JSON. Paths are relative to the output folder; only files this run
 * wrote are given, so no link leads nowhere when an output was left out.
 */
final class OtherReports {

	static final String SCORECARDS = "scorecards/";

	/** One assessment's HTML scorecard. */
	record Scorecard(Assessment assessment, String path) {
	}

	/** A subject's assessments of one framework over the years: radar and trend. */
	record Series(Framework framework, String radar, Optional<String> trend) {
	}

	/** A body's units diagram. */
	record UnitsDiagram(Body body, String path) {
	}

	private final Predicate<String> written;
	private final DiagramFiles diagrams;
	private final Map<Assessment, String> scorecards;
	private final IQualifiedNameProvider names;

	/**
	 * @param written    whether this run writes the file at a path
	 * @param diagrams   where the diagrams of the subjects go
	 * @param scorecards where each assessment's HTML scorecard goes
	 */
	OtherReports(Predicate<String> written, DiagramFiles diagrams, Map<Assessment, String> scorecards, IQualifiedNameProvider names) {
		this.written = written;
		this.diagrams = diagrams;
		this.scorecards = scorecards;
		this.names = names;
	}

	Optional<String> governanceDiagram(Subject subject) {
		return diagrams.governance(subject).map(base -> base + ".svg").filter(written);
	}

	List<UnitsDiagram> unitsDiagrams(Subject subject) {
		List<UnitsDiagram> result = new ArrayList<>();
		for (Body body : subject.view().bodies()) {
			unitsDiagram(subject, body).ifPresent(path -> result.add(new UnitsDiagram(body, path)));
		}
		return result;
	}

	Optional<String> unitsDiagram(Subject subject, Body body) {
		return diagrams.units(subject, body).map(base -> base + ".svg").filter(written);
	}

	/** The subject's scorecards, by framework and year. */
	List<Scorecard> scorecards(Subject subject) {
		return subject.view().assessments().stream().filter(a -> scorecards.containsKey(a) && written.test(scorecards.get(a)))
				.sorted(Comparator.comparing((Assessment a) -> qualifiedName(a.getFramework())).thenComparingInt(Assessment::getYear)
						.thenComparing(Assessment::getName))
				.map(a -> new Scorecard(a, scorecards.get(a))).toList();
	}

	/** The subject's radar and trend per framework (named {@code scorecards/<subject>.<framework>-radar.svg}). */
	List<Series> series(Subject subject) {
		Set<Framework> frameworks = new LinkedHashSet<>();
		scorecards(subject).forEach(s -> frameworks.add(s.assessment().getFramework()));
		List<Series> result = new ArrayList<>();
		for (Framework framework : frameworks) {
			String base = SCORECARDS + subject.fileName() + "." + qualifiedName(framework);
			if (written.test(base + "-radar.svg")) {
				Optional<String> trend = written.test(base + "-trend.html") ? Optional.of(base + "-trend.html")
						: Optional.of(base + "-trend.svg").filter(written);
				result.add(new Series(framework, base + "-radar.svg", trend));
			}
		}
		return result;
	}

	/** The HTML index of all scorecards, when the scorecards come with one. */
	Optional<String> scorecardIndex() {
		return Optional.of(SCORECARDS + "index.html").filter(written);
	}

	Optional<String> scoresCsv() {
		return Optional.of(SCORECARDS + "scores.csv").filter(written);
	}

	Optional<String> modelJson() {
		return Optional.of("json/model.json").filter(written);
	}

	/** As the scorecards' file names write it. */
	private String qualifiedName(Framework framework) {
		return String.valueOf(names.getFullyQualifiedName(framework));
	}
}
