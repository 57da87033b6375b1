package org.govmodel.generators.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The file names of the elements written into one folder, distinct by
 * construction on every file system the reports may be copied to.
 * <p>
 * Each element has a key (what tells it apart: its qualified name) and a
 * readable name (usually its simple name), and is written as one or more files
 * {@code stem + suffix}. An element keeps its readable name as the stem when
 * that is a safe file name and no other file of the folder has the same name
 * ignoring case; otherwise (two names that differ only in case or in characters
 * a file name cannot hold, a name reserved by the folder such as
 * {@code index.md}, a name Windows reserves such as {@code CON}, a name longer
 * than {@value #MAX_READABLE} characters) the stem is the safe name, cut to
 * that length, followed by {@code -} and eight hex digits of the SHA-256 of the
 * key. The hash depends only on the element, so its file name does not depend
 * on what else the model declares. Should two stems still meet, the later key
 * (in sorted order) gets {@code -2}, {@code -3}…
 */
public final class FolderNames {

	/** Longest readable part of a stem; the suffixes and the hash keep a file name far below the usual 255-byte limit. */
	public static final int MAX_READABLE = 64;

	private static final Pattern WINDOWS_RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

	private final Set<String> reserved = new HashSet<>();
	private final Map<String, Entry> entries = new TreeMap<>();
	private Map<String, String> stems;

	private record Entry(String readable, List<String> suffixes) {
	}

	/** @param reservedFiles the folder's fixed files ({@code index.md}), which no element may take */
	public FolderNames(String... reservedFiles) {
		for (String file : reservedFiles) {
			reserved.add(fold(file));
		}
	}

	/**
	 * Declares an element of the folder; call for every element before asking any {@link #stem}.
	 *
	 * @param key      what identifies the element among all others (a qualified name)
	 * @param readable the name it should have if it can
	 * @param suffixes the endings of its files ({@code ".md"}, {@code "-radar.svg"})
	 */
	public FolderNames add(String key, String readable, String... suffixes) {
		if (stems != null) {
			throw new IllegalStateException("names were already given out");
		}
		entries.putIfAbsent(key, new Entry(readable, List.of(suffixes)));
		return this;
	}

	/** The stem of the element's files. */
	public synchronized String stem(String key) {
		if (stems == null) {
			stems = assign();
		}
		String stem = stems.get(key);
		if (stem == null) {
			throw new IllegalArgumentException("not declared: " + key);
		}
		return stem;
	}

	public boolean contains(String key) {
		return entries.containsKey(key);
	}

	private Map<String, String> assign() {
		Map<String, Integer> owners = new HashMap<>();
		entries.values().forEach(entry -> entry.suffixes().forEach(suffix -> owners.merge(fold(safe(entry.readable()) + suffix), 1, Integer::sum)));
		Set<String> taken = new HashSet<>(reserved);
		Map<String, String> result = new HashMap<>();
		entries.forEach((key, entry) -> {
			String safe = safe(entry.readable());
			boolean plain = safe.equals(entry.readable()) && safe.length() <= MAX_READABLE && !isWindowsReserved(safe)
					&& entry.suffixes().stream().map(suffix -> fold(safe + suffix)).allMatch(name -> owners.get(name) == 1 && !reserved.contains(name));
			String stem = plain ? safe : cut(safe) + "-" + hash(key);
			String unique = stem;
			for (int n = 2; !isFree(unique, entry.suffixes(), taken); n++) {
				unique = stem + "-" + n;
			}
			for (String suffix : entry.suffixes()) {
				taken.add(fold(unique + suffix));
			}
			result.put(key, unique);
		});
		return result;
	}

	private static boolean isFree(String stem, List<String> suffixes, Set<String> taken) {
		return suffixes.stream().noneMatch(suffix -> taken.contains(fold(stem + suffix)));
	}

	/** A name made safe as one path segment: letters, digits, '.', '-', '_' only; never empty, never starting with '.'. */
	public static String safe(String name) {
		if (name == null || name.isEmpty()) {
			return "_";
		}
		// by hand rather than with regular expressions: a national model asks this for every body several times
		StringBuilder safe = new StringBuilder(name.length());
		int i = 0;
		if (name.charAt(0) == '.') {
			while (i < name.length() && name.charAt(i) == '.') {
				i++;
			}
			safe.append('_');
		}
		while (i < name.length()) {
			int c = name.codePointAt(i);
			safe.append(isSafe(c) ? (char) c : '_'); // one '_' per character, a surrogate pair included
			i += Character.charCount(c);
		}
		return safe.toString();
	}

	private static boolean isSafe(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
	}

	private static boolean isWindowsReserved(String stem) {
		int dot = stem.indexOf('.');
		return WINDOWS_RESERVED.matcher(fold(dot < 0 ? stem : stem.substring(0, dot))).matches();
	}

	private static String cut(String safe) {
		return safe.length() <= MAX_READABLE ? safe : safe.substring(0, MAX_READABLE);
	}

	/** A name or path as case-insensitive file systems (macOS, Windows) see it: two names that fold alike are one file there. */
	public static String fold(String fileName) {
		return fileName.toLowerCase(Locale.ROOT);
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The stems given out so far, for tests and diagnostics. */
	List<String> stems() {
		List<String> all = new ArrayList<>();
		entries.keySet().forEach(key -> all.add(stem(key)));
		return all;
	}
}
