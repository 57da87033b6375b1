package org.govmodel.generators.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** File names of one folder: readable when they can be, distinct ignoring case always, bounded, portable. */
class FolderNamesTest {

	@Test
	void aSafeUniqueNameIsKeptAsItIs() {
		FolderNames names = new FolderNames("index.md").add("j.agency", "agency", ".md").add("j.secGD", "secGD", ".md");
		assertEquals("agency", names.stem("j.agency"));
		assertEquals("secGD", names.stem("j.secGD"), "case is kept when nothing else differs only by it");
	}

	@Test
	void namesThatDifferOnlyInCaseGetTheirOwnHash() {
		FolderNames names = new FolderNames().add("j.agency", "agency", ".md").add("j.Agency", "Agency", ".md");
		assertEquals("agency-" + FolderNames.hash("j.agency"), names.stem("j.agency"));
		assertEquals("Agency-" + FolderNames.hash("j.Agency"), names.stem("j.Agency"));
	}

	@Test
	void everyCollisionClassGivesDistinctPortableNames() {
		String longName = "x".repeat(300);
		FolderNames names = new FolderNames("index.md", "scores.csv");
		List<String> keys = List.of("a.agency", "a.Agency", "b.agency", "min-a", "min_a", "caf\u00e9", "caf\u00e8", "index", "scores", "CON", "nul", "com1.y2024",
				"a." + longName, "b." + longName, "a b");
		keys.forEach(key -> names.add(key, key.substring(key.lastIndexOf('.') + 1), ".md", ".csv"));
		Set<String> files = new HashSet<>(Set.of("index.md", "scores.csv"));
		for (String key : keys) {
			String stem = names.stem(key);
			assertTrue(stem.matches("[A-Za-z0-9_][A-Za-z0-9._-]*"), stem);
			assertTrue(stem.length() <= FolderNames.MAX_READABLE + 9, "bounded: " + stem.length());
			assertTrue(files.add((stem + ".md").toLowerCase(Locale.ROOT)), "distinct: " + key + " -> " + stem);
			assertTrue(files.add((stem + ".csv").toLowerCase(Locale.ROOT)), "distinct: " + key + " -> " + stem);
			assertTrue(!stem.split("\\.")[0].toLowerCase(Locale.ROOT).matches("con|prn|aux|nul|com[0-9]|lpt[0-9]"), stem);
		}
		assertEquals("min-a", names.stem("min-a"), "'-' and '_' are both safe: no collision");
		assertNotEquals(names.stem("index"), "index");
		assertTrue(names.stem("a." + longName).startsWith("x".repeat(FolderNames.MAX_READABLE) + "-"), "readable, cut, hashed");
	}

	@Test
	void aNameForgedToLookHashedStillGetsItsOwnFile() {
		String forged = "agency-" + FolderNames.hash("j.agency");
		FolderNames names = new FolderNames().add("j.agency", "agency", ".md").add("j.Agency", "Agency", ".md").add("k." + forged, forged, ".md");
		Set<String> stems = new HashSet<>();
		for (String key : List.of("j.agency", "j.Agency", "k." + forged)) {
			assertTrue(stems.add(names.stem(key).toLowerCase(Locale.ROOT)), names.stem(key));
		}
	}

	@Test
	void aNameDoesNotDependOnTheOrderOfDeclaration() {
		FolderNames one = new FolderNames().add("b", "x", ".md").add("a", "X", ".md");
		FolderNames two = new FolderNames().add("a", "X", ".md").add("b", "x", ".md");
		assertEquals(one.stems(), two.stems());
	}
}
