package org.govmodel.dsl.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.loading.ModelDiagnostic;

import com.google.inject.Singleton;

/**
 * Validation findings one version has and the other has not. A finding is its
 * rule and message: the same finding on a line that moved is not a change.
 */
@Singleton
public class FindingComparison {

	public List<FindingChange> compare(List<ModelDiagnostic> before, List<ModelDiagnostic> after) {
		List<FindingChange> changes = new ArrayList<>();
		Map<String, Integer> remaining = counts(before);
		for (ModelDiagnostic finding : after) {
			if (remaining.merge(key(finding), -1, Integer::sum) < 0) {
				changes.add(new FindingChange(true, finding));
			}
		}
		Map<String, Integer> present = counts(after);
		for (ModelDiagnostic finding : before) {
			if (present.merge(key(finding), -1, Integer::sum) < 0) {
				changes.add(new FindingChange(false, finding));
			}
		}
		return List.copyOf(changes);
	}

	private static Map<String, Integer> counts(List<ModelDiagnostic> findings) {
		Map<String, Integer> counts = new HashMap<>();
		findings.forEach(f -> counts.merge(key(f), 1, Integer::sum));
		return counts;
	}

	private static String key(ModelDiagnostic finding) {
		return finding.ruleId() + "\u0000" + finding.severityName() + "\u0000" + finding.message();
	}
}
