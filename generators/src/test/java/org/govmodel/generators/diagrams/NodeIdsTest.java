package org.govmodel.generators.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Node ids: bare identifiers in every diagram syntax, one per name, one per element. */
class NodeIdsTest {

	@Test
	void namesThatSanitizedAlikeGetDistinctIds() {
		List<String> names = List.of("min-a", "min_a", "min.a", "min__a", "min_0a", "caf\u00e9", "caf\u00e8", "agency", "Agency", "a.b_c", "a_b.c");
		Set<String> ids = new HashSet<>();
		for (String name : names) {
			String id = NodeIds.encode(name);
			assertTrue(id.matches("[A-Za-z0-9_]+"), id);
			assertTrue(ids.add(id), name + " -> " + id);
		}
		assertEquals("cordoba_0agencia", NodeIds.encode("cordoba.agencia"), "readable");
	}

	@Test
	void twoElementsWithOneCandidateIdAreTwoNodes() {
		OrgChart.Builder chart = new OrgChart.Builder("t");
		Object first = new Object();
		Object second = new Object();
		String a = chart.idOf(first, () -> "n_x");
		String b = chart.idOf(second, () -> "n_x");
		assertNotEquals(a, b);
		assertEquals(a, chart.idOf(first, () -> "n_other"), "an element keeps its id");
		chart.node(a, "First", List.of(), OrgChart.Layer.STRATEGIC).node(b, "Second", List.of(), OrgChart.Layer.STRATEGIC);
		assertEquals(2, chart.build().nodes().size());
	}
}
