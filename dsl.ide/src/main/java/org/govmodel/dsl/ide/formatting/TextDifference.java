package org.govmodel.dsl.ide.formatting;

import java.util.Optional;

/**
 * The one replacement that turns a text into another: the stretch between
 * their common beginning and their common end, so that an editor keeps its
 * cursor, folding and markers outside it.
 *
 * @param offset      where the stretch starts in the current text
 * @param length      its length in the current text
 * @param replacement what it becomes
 */
public record TextDifference(int offset, int length, String replacement) {

	/** The difference from current to target, or nothing when they are equal. */
	public static Optional<TextDifference> between(String current, String target) {
		int start = 0;
		int limit = Math.min(current.length(), target.length());
		while (start < limit && current.charAt(start) == target.charAt(start)) {
			start++;
		}
		if (start == current.length() && start == target.length()) {
			return Optional.empty();
		}
		int currentEnd = current.length();
		int targetEnd = target.length();
		while (currentEnd > start && targetEnd > start && current.charAt(currentEnd - 1) == target.charAt(targetEnd - 1)) {
			currentEnd--;
			targetEnd--;
		}
		return Optional.of(new TextDifference(start, currentEnd - start, target.substring(start, targetEnd)));
	}
}
