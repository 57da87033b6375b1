package org.govmodel.generators.docs;

import static org.govmodel.dsl.util.Parties.bodyOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Sector;
import org.govmodel.dsl.govModel.Service;
import org.govmodel.dsl.govModel.Solution;

/**
 * What each body of a jurisdiction oversees, runs and provides, found in one pass over the
 * jurisdiction: a body page asks it instead of going through every body, solution and service
 * (which made a jurisdiction's body pages quadratic in its size). Each list keeps the
 * jurisdiction's declaration order.
 */
final class BodyRelations {

	/** A public service and the sector it belongs to. */
	record ProvidedService(Service service, Sector sector) {
	}

	private final Map<Body, List<Body>> oversees = new HashMap<>();
	private final Map<Body, List<Solution>> runs = new HashMap<>();
	private final Map<Body, List<ProvidedService>> provides = new HashMap<>();

	BodyRelations(GovernanceView view) {
		for (Body body : view.bodies()) {
			Body reportsTo = bodyOf(body.getReportsTo());
			Body under = bodyOf(body.getUnder());
			add(oversees, reportsTo, body);
			if (under != reportsTo) {
				add(oversees, under, body);
			}
		}
		for (Solution solution : view.solutions()) {
			add(runs, bodyOf(solution.getOwner()), solution);
		}
		for (Sector sector : view.sectors()) {
			for (Service service : sector.getServices()) {
				add(provides, bodyOf(service.getProvider()), new ProvidedService(service, sector));
			}
		}
	}

	/** The bodies that report to the body or sit under it. */
	List<Body> oversees(Body body) {
		return oversees.getOrDefault(body, List.of());
	}

	/** The solutions the body, one of its units or one of its authorities owns. */
	List<Solution> runs(Body body) {
		return runs.getOrDefault(body, List.of());
	}

	/** The public services the body, one of its units or one of its authorities provides, sector by sector. */
	List<ProvidedService> provides(Body body) {
		return provides.getOrDefault(body, List.of());
	}

	private static <T> void add(Map<Body, List<T>> index, Body body, T item) {
		if (body != null) {
			index.computeIfAbsent(body, b -> new ArrayList<>()).add(item);
		}
	}
}
