package org.govmodel.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Component;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Service;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Variable;

/**
 * The governance set-up of one jurisdiction as the rules see it: every body,
 * solution, project, lever and assessment of the files that describe it,
 * whichever file they are in. Built by {@link GovernanceViews}.
 */
public final class GovernanceView {

	private final Jurisdiction subject;
	private final List<Body> bodies = new ArrayList<>();
	private final List<Solution> solutions = new ArrayList<>();
	/** Solutions declared for another jurisdiction that this one uses or builds on (a national registry a province reuses). */
	private final Set<Solution> reused = new LinkedHashSet<>();
	private final List<Project> projects = new ArrayList<>();
	private final List<Lever> levers = new ArrayList<>();
	private final List<Assessment> assessments = new ArrayList<>();
	private final List<Sector> sectors = new ArrayList<>();
	private final List<Instrument> instruments = new ArrayList<>();
	private final List<TierDefinition> tierDefinitions;
	private final List<SolutionKind> solutionKinds;
	private final Map<Tier, List<Body>> bodiesByTier = new EnumMap<>(Tier.class);
	private final Map<SolutionKind, List<Solution>> solutionsByKind = new HashMap<>();
	private volatile Map<Body, LineCycles.Cycle> lineCycles;
	private volatile Map<Variable, List<SolutionKind>> kindsByVariable;

	GovernanceView(Jurisdiction subject, List<Model> models, List<TierDefinition> tierDefinitions, List<SolutionKind> solutionKinds) {
		this.subject = subject;
		this.tierDefinitions = tierDefinitions;
		this.solutionKinds = solutionKinds;
		for (Model model : models) {
			for (EObject element : model.getElements()) {
				if (element instanceof Body body) {
					bodies.add(body);
				} else if (element instanceof Solution solution) {
					solutions.add(solution);
				} else if (element instanceof Project project) {
					projects.add(project);
				} else if (element instanceof Lever lever) {
					levers.add(lever);
				} else if (element instanceof Assessment assessment) {
					assessments.add(assessment);
				} else if (element instanceof Sector sector) {
					sectors.add(sector);
				} else if (element instanceof Instrument instrument) {
					instruments.add(instrument);
				}
			}
		}
		// indexed once: rules ask these for every body, solution and score
		for (Body body : bodies) {
			for (Tier tier : body.getTiers()) {
				bodiesByTier.computeIfAbsent(tier, t -> new ArrayList<>()).add(body);
			}
		}
		for (Solution solution : solutions) {
			solutionsByKind.computeIfAbsent(solution.getKind(), k -> new ArrayList<>()).add(solution);
		}
		Set<Solution> own = new HashSet<>(solutions);
		for (Model model : models) {
			model.eAllContents().forEachRemaining(element -> usedSolutions(element).stream()
					.filter(s -> !s.eIsProxy() && !own.contains(s)).forEach(reused::add));
		}
	}

	/** The solutions an element uses, requires or delivers. */
	private static List<Solution> usedSolutions(EObject element) {
		if (element instanceof Body body) {
			return body.getUses();
		} else if (element instanceof Sector sector) {
			return sector.getUses();
		} else if (element instanceof Service service) {
			return service.getUses();
		} else if (element instanceof Solution solution) {
			return solution.getRequires();
		} else if (element instanceof Project project && project.getDelivers() instanceof Solution solution) {
			return List.of(solution);
		}
		return List.of();
	}

	/** The jurisdiction described, if the files declare one. */
	public Optional<Jurisdiction> subject() {
		return Optional.ofNullable(subject);
	}

	/** The length of an administration's term in years, if stated. */
	public Optional<Integer> administrationTerm() {
		return subject().map(Jurisdiction::getAdministrationTerm).filter(term -> term > 0);
	}

	/** The loop in the reporting and authority lines whose first-declared body is the given one (see {@link LineCycles}). */
	public Optional<LineCycles.Cycle> lineCycleAnchoredAt(Body body) {
		Map<Body, LineCycles.Cycle> cycles = lineCycles;
		if (cycles == null) {
			cycles = new HashMap<>();
			for (LineCycles.Cycle cycle : LineCycles.of(bodies)) {
				cycles.put(cycle.anchor(), cycle);
			}
			lineCycles = cycles;
		}
		return Optional.ofNullable(cycles.get(body));
	}

	/** Top-level bodies (institutions, organizations, groups). */
	public List<Body> bodies() {
		return Collections.unmodifiableList(bodies);
	}

	public List<Body> bodiesOfTier(Tier tier) {
		return Collections.unmodifiableList(bodiesByTier.getOrDefault(tier, List.of()));
	}

	public List<Solution> solutions() {
		return Collections.unmodifiableList(solutions);
	}

	/** The solutions of a kind, in declaration order. */
	public List<Solution> solutionsOfKind(SolutionKind kind) {
		return Collections.unmodifiableList(solutionsByKind.getOrDefault(kind, List.of()));
	}

	/** The solutions of a kind the jurisdiction has: its own, then those of other jurisdictions it uses or requires. */
	public List<Solution> availableSolutionsOfKind(SolutionKind kind) {
		List<Solution> available = new ArrayList<>(solutionsOfKind(kind));
		reused.stream().filter(s -> s.getKind() == kind).forEach(available::add);
		return available;
	}

	public List<Project> projects() {
		return Collections.unmodifiableList(projects);
	}

	public List<Lever> levers() {
		return Collections.unmodifiableList(levers);
	}

	/** Legal instruments, in declaration order. */
	public List<Instrument> instruments() {
		return Collections.unmodifiableList(instruments);
	}

	/** Vertical sectors and the services in them. */
	public List<Sector> sectors() {
		return Collections.unmodifiableList(sectors);
	}

	public List<Assessment> assessments() {
		return Collections.unmodifiableList(assessments);
	}

	/** The solution kinds (library and model) whose maturity the variable measures. */
	public List<SolutionKind> kindsMeasuredBy(Variable variable) {
		Map<Variable, List<SolutionKind>> kinds = kindsByVariable;
		if (kinds == null) {
			// indexed on first use: a rule asks it for every score of every assessment
			kinds = new HashMap<>();
			for (SolutionKind kind : solutionKinds) {
				for (Variable measuring : new LinkedHashSet<>(kind.getMeasuredBy())) {
					kinds.computeIfAbsent(measuring, v -> new ArrayList<>()).add(kind);
				}
			}
			kindsByVariable = kinds;
		}
		return Collections.unmodifiableList(kinds.getOrDefault(variable, List.of()));
	}

	/** The tier definitions of the library. */
	public List<TierDefinition> tierDefinitions() {
		return Collections.unmodifiableList(tierDefinitions);
	}

	/** The tier whose maturity component holds the variable (a score for it credits that tier's bodies). */
	public Optional<TierDefinition> tierMeasuring(Variable variable) {
		return tierDefinitions.stream().filter(d -> d.getMeasuredBy() instanceof Component component && component.getVariables().contains(variable)).findFirst();
	}

	/** The library's definition of a tier (its title and the component that measures it). */
	public Optional<TierDefinition> definitionOf(Tier tier) {
		return tierDefinitions.stream().filter(d -> d.getTier() == tier).findFirst();
	}
}
