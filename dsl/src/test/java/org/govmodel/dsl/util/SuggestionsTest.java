package org.govmodel.dsl.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** "Did you mean": which candidate is offered, and that a national model's names do not change the answer. */
class SuggestionsTest {

	@Test
	void theClosestCandidateWinsAndTiesGoToTheFirstAlphabetically() {
		assertEquals(Optional.of("secGD"), Suggestions.closest("secDG", Stream.of("agencia", "secGD", "comision")));
		assertEquals(Optional.of("abcx"), Suggestions.closest("abcd", Stream.of("abcy", "abcx", "abcdef")), "two at one edit: the first alphabetically");
		assertEquals(Optional.of("abcdx"), Suggestions.closest("abcd", Stream.of("abcxyz", "abcdx")), "one insertion beats two edits");
	}

	@Test
	void caseIsIgnoredButTheTypedWordItselfIsNotOffered() {
		assertEquals(Optional.of("SecGD"), Suggestions.closest("secgd", Stream.of("SecGD")));
		assertEquals(Optional.empty(), Suggestions.closest("secGD", Stream.of("secGD")));
	}

	@Test
	void onlyTyposAreGuessed() {
		assertEquals(Optional.empty(), Suggestions.closest("ab", Stream.of("ac")), "too short to guess at");
		assertEquals(Optional.empty(), Suggestions.closest("agencia", Stream.of("ministerio", "ag")), "too far, by letters or by length");
		assertEquals(Optional.of("agencias"), Suggestions.closest("agencia", Stream.of("agencias")), "a length difference within the allowance");
	}

	@Test
	void aHundredThousandNamesGiveTheSameAnswerAsAFew() {
		Stream<String> many = Stream.concat(IntStream.range(0, 100_000).mapToObj(i -> "i" + i), Stream.of("agencia", "secGD"));
		assertEquals(Optional.of("secGD"), Suggestions.closest("secDG", many));
		assertEquals(Optional.of("i14717"), Suggestions.closest("i4717", IntStream.range(0, 100_000).mapToObj(i -> "i" + i).sorted()
				.filter(n -> !n.equals("i4717"))), "the first at one edit, alphabetically, among many at one edit (an insertion: i14717, before i4710)");
	}
}
