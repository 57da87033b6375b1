package org.govmodel.dsl.util;

import java.util.Iterator;
import java.util.Locale;
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

	/**
	 * The closest candidate, ties going to the first in alphabetical order. A national model has a hundred thousand
	 * names in scope, so candidates whose length alone puts them too far are passed over before any distance is
	 * computed.
	 */
	public static Optional<String> closest(String typed, Stream<String> candidates) {
		if (typed.length() < SHORTEST) {
			return Optional.empty();
		}
		String word = typed.toLowerCase(Locale.ROOT);
		int allowed = Math.max(1, typed.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Iterator<String> all = candidates.iterator(); all.hasNext();) {
			String candidate = all.next();
			if (Math.abs(candidate.length() - typed.length()) > Math.min(allowed, bestDistance) || candidate.equals(typed)) {
				continue; // the difference in length is a lower bound of the distance
			}
			int distance = distance(word, candidate.toLowerCase(Locale.ROOT));
			if (distance <= allowed && (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
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
