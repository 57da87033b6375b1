package org.govmodel.dsl.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.loading.ModelDiagnostic;

import com.google.inject.Singleton;

/**
 * Validation findings one version has and the other has not. A finding is its
 * rule and message: the same finding on a line that moved is not a change,
 * and neither is the same finding on an element that was only renamed (its
 * message quotes the old name before and the new name after).
 */
@Singleton
public class FindingComparison {

	/**
	 * @param renames the local names of renamed elements, old to new: a finding
	 *                of the old version is read as if it quoted the new names
	 */
	public List<FindingChange> compare(List<ModelDiagnostic> before, List<ModelDiagnostic> after, Map<String, String> renames) {
		Function<ModelDiagnostic, String> oldKey = finding -> key(finding, renamed(finding.message(), renames));
		Function<ModelDiagnostic, String> newKey = finding -> key(finding, finding.message());
		List<FindingChange> changes = new ArrayList<>();
		Map<String, Integer> remaining = counts(before, oldKey);
		for (ModelDiagnostic finding : after) {
			if (remaining.merge(newKey.apply(finding), -1, Integer::sum) < 0) {
				changes.add(new FindingChange(true, finding));
			}
		}
		Map<String, Integer> present = counts(after, newKey);
		for (ModelDiagnostic finding : before) {
			if (present.merge(oldKey.apply(finding), -1, Integer::sum) < 0) {
				changes.add(new FindingChange(false, finding));
			}
		}
		return List.copyOf(changes);
	}

	private static Map<String, Integer> counts(List<ModelDiagnostic> findings, Function<ModelDiagnostic, String> key) {
		Map<String, Integer> counts = new HashMap<>();
		findings.forEach(f -> counts.merge(key.apply(f), 1, Integer::sum));
		return counts;
	}

	private static String key(ModelDiagnostic finding, String message) {
		return finding.ruleId() + "\u0000" + finding.severityName() + "\u0000" + message;
	}

	/** The message with every quoted old name ('agencia', 'agencia.cto') written with its new name. */
	private static String renamed(String message, Map<String, String> renames) {
		if (renames.isEmpty()) {
			return message;
		}
		Matcher quoted = QUOTED_NAME.matcher(message);
		StringBuilder result = new StringBuilder();
		while (quoted.find()) {
			String[] segments = quoted.group(1).split("\\.", -1);
			for (int i = 0; i < segments.length; i++) {
				segments[i] = renames.getOrDefault(segments[i], segments[i]);
			}
			quoted.appendReplacement(result, Matcher.quoteReplacement("'" + String.join(".", segments) + "'"));
		}
		return quoted.appendTail(result).toString();
	}

	private static final Pattern QUOTED_NAME = Pattern.compile("'([\\p{L}_^][\\p{L}\\p{N}_.-]*)'");
}
