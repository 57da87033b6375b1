package org.govmodel.dsl.resource;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.govmodel.dsl.util.Suggestions;

/**
 * How many names in scope the did-you-mean searches of one file may still read before the file is linked again.
 * Each search reads every name its reference could take, so without a bound a file of n unresolved names in a
 * scope of m names cost n × m: 5,000 such references in one file took 15 s, 10,000 took 75 s. With the bound, the
 * first unresolved names of a file are answered with the closest name, as before, and those after the budget is
 * spent get the message without a suggestion. The TypeScript compiler bounds its spelling suggestions per file in
 * the same way. The bound is in names read, not in searches: a file whose references see a few hundred names in
 * scope gets thousands of suggestions, one of a national model (a hundred thousand names) about ten.
 */
public final class SuggestionBudget {

	/** Names in scope read per linking of a file: a few tenths of a second of searching at most. */
	public static final long NAMES_PER_FILE = 1_000_000;

	private long remaining;

	public SuggestionBudget(long names) {
		this.remaining = names;
	}

	/** A budget of {@link #NAMES_PER_FILE}, for one linking of one file. */
	public static SuggestionBudget perFile() {
		return new SuggestionBudget(NAMES_PER_FILE);
	}

	/**
	 * The candidate closest to the typed name, if one is close enough and the whole search fits in what is left
	 * of the budget. A search cut short could miss the closest name, so it suggests nothing rather than a worse one.
	 */
	public synchronized Optional<String> closest(String typed, Supplier<Stream<String>> candidates) {
		if (remaining <= 0) {
			// not even asked for: a scope builds its whole index of names before it gives the first
			return Optional.empty();
		}
		long allowed = remaining;
		long[] read = { 0 };
		Optional<String> closest = Suggestions.closest(typed, candidates.get().limit(allowed + 1).peek(name -> read[0]++));
		remaining -= read[0];
		return read[0] > allowed ? Optional.empty() : closest;
	}

	/** Names that searches may still read; none once a search was cut short. */
	public synchronized long remaining() {
		return Math.max(0, remaining);
	}
}
