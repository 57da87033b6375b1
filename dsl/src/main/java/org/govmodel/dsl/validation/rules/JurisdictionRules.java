package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.JURISDICTION__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.JURISDICTION__PARENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Model;

import com.google.inject.Inject;

/**
 * Jurisdictions and their hierarchy: what the reports can be about. A file describes one jurisdiction (its bodies,
 * solutions and assessments are that jurisdiction's, see {@link GovernanceViews}); the other jurisdictions it declares
 * are parents, named with {@code of}, and the parents form a hierarchy. A model that breaks either would have
 * jurisdictions with no place in the reports.
 */
public class JurisdictionRules extends RuleFamily {

	public static final Rule SECOND_JURISDICTION = Rule.define("GOV-JUR-001", Severity.ERROR, "A file describes one jurisdiction")
			.because("A file's bodies, solutions and assessments belong to the jurisdiction it describes, and the reports give that jurisdiction a site. "
					+ "Another jurisdiction declared in the same file can only be a parent (named with `of`); one that is not would have nothing of its own and no place in the reports.")
			.guide("—")
			.bad(2, "jurisdiction north \"North\" country\njurisdiction south \"South\" country\ninstitution minFin \"Finance\" ministry")
			.good("jurisdiction north \"North\" province of south\njurisdiction south \"South\" country\ninstitution minFin \"Finance\" ministry")
			.build();

	public static final Rule PARENT_CYCLE = Rule.define("GOV-JUR-002", Severity.ERROR, "Jurisdictions with `of` form a hierarchy")
			.because("`of` places a jurisdiction within a larger one (a province within its country). A jurisdiction that is, through `of`, within itself has no top, "
					+ "and no file describes it: it would have no place in the reports.")
			.guide("—")
			.bad(1, "jurisdiction north \"North\" province of south\njurisdiction south \"South\" country of north")
			.good("jurisdiction north \"North\" province of south\njurisdiction south \"South\" country")
			.build();

	@Inject
	private GovernanceViews views;

	@Override
	public List<Rule> rules() {
		return List.of(SECOND_JURISDICTION, PARENT_CYCLE);
	}

	/** A jurisdiction that is neither what its file describes nor anyone's parent is in no report. */
	@Check
	public void oneJurisdictionPerFile(Jurisdiction jurisdiction) {
		if (isSubject(jurisdiction) || views.isParent(jurisdiction)) {
			return;
		}
		described(jurisdiction).ifPresent(first -> report(SECOND_JURISDICTION,
				message(jurisdiction, "GOV-JUR-001", "jurisdiction", describe(jurisdiction), "first", describe(first), "name", nameOf(jurisdiction)),
				jurisdiction, JURISDICTION__NAME));
	}

	/** Reported at the {@code of} of every jurisdiction of the loop, so that each of their files shows it. */
	@Check
	public void parentsFormAHierarchy(Jurisdiction jurisdiction) {
		List<Jurisdiction> loop = loopThrough(jurisdiction);
		if (!loop.isEmpty()) {
			report(PARENT_CYCLE, message(jurisdiction, "GOV-JUR-002", "jurisdiction", describe(jurisdiction), "path", loop(jurisdiction, loop, "GOV-JUR-002.more")),
					jurisdiction, JURISDICTION__PARENT);
		}
	}

	/** The jurisdiction's file's first one that is not the parent of another one declared there: the one it describes. */
	private static Optional<Jurisdiction> described(Jurisdiction jurisdiction) {
		if (!(jurisdiction.eContainer() instanceof Model model)) {
			return Optional.empty();
		}
		List<Jurisdiction> declared = model.getElements().stream().filter(Jurisdiction.class::isInstance).map(Jurisdiction.class::cast).toList();
		Set<Jurisdiction> localParents = new HashSet<>();
		declared.forEach(j -> localParents.add(j.getParent()));
		return declared.stream().filter(j -> j != jurisdiction && !localParents.contains(j)).findFirst();
	}

	/** The jurisdictions from this one up its parents back to itself, or none when the parents end (or loop above it). */
	private static List<Jurisdiction> loopThrough(Jurisdiction jurisdiction) {
		List<Jurisdiction> path = new ArrayList<>();
		Set<Jurisdiction> seen = new HashSet<>();
		for (Jurisdiction current = jurisdiction; current != null && !current.eIsProxy(); current = current.getParent()) {
			if (!seen.add(current)) {
				return current == jurisdiction ? path : List.of();
			}
			path.add(current);
		}
		return List.of();
	}
}
