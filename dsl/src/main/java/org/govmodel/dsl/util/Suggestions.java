package org.govmodel.dsl.util;

import java.util.Locale;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Did you mean ...?": the candidate closest to a mistyped word by edit
 * distance, when it is close enough to be a typo (at most a third of the
 * word's letters, and at least one). Written here rather than taken from a
 * library so that the language's OSGi bundle needs no further import.
 */
public final class Suggestions {

	private Suggestions() {
	}

	/** Words shorter than this are not guessed at: one edit turns them into too many others ('y' into 'by'). */
	private static final int SHORTEST = 3;

	public static Optional<String> closest(String typed, Stream<String> candidates) {
		if (typed.length() < SHORTEST) {
			return Optional.empty();
		}
		int allowed = Math.max(1, typed.length() / 3);
		return candidates.distinct().filter(c -> !c.equals(typed))
				.map(c -> new Object[] { c, distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT)) })
				.filter(pair -> (int) pair[1] <= allowed)
				.min(Comparator.comparingInt((Object[] pair) -> (int) pair[1]).thenComparing(pair -> (String) pair[0]))
				.map(pair -> (String) pair[0]);
	}

	/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
