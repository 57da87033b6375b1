package org.govmodel.dsl.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Framework;

import com.google.inject.Inject;

/**
 * The assessments of one framework in one jurisdiction, year by year: what the
 * trend and the "what moved" reports are made of.
 */
public class AssessmentHistory {

	@Inject
	private GovernanceViews views;

	@Inject
	private ScoringEngine engine;

	/** The assessments of the same framework and jurisdiction as the given one, oldest first, scored. */
	public List<AssessmentScore> of(Assessment assessment) {
		Framework framework = assessment.getFramework();
		return views.viewOf(assessment).assessments().stream()
				.filter(a -> a.getFramework() == framework)
				.sorted(Comparator.comparingInt(Assessment::getYear))
				.map(engine::score)
				.toList();
	}

	/** The latest assessment of the same framework before this one's year. */
	public Optional<AssessmentScore> previous(Assessment assessment) {
		return previous(assessment, of(assessment));
	}

	/**
	 * {@link #previous(Assessment)} in a history already scored ({@link #of}): a report of every assessment scores
	 * each history once instead of once per assessment.
	 */
	public static Optional<AssessmentScore> previous(Assessment assessment, List<AssessmentScore> history) {
		return history.stream().filter(a -> a.year() < assessment.getYear()).reduce((a, b) -> b);
	}
}
