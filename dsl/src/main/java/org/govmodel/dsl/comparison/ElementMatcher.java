package org.govmodel.dsl.comparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.govModel.Model;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Pairs the elements of two versions: first by qualified name, then parts whose
 * owner was paired and whose own name is unchanged, then what remains by kind
 * and similarity of title and content, so that a renamed body is one change
 * rather than a removal and an addition. Used by {@link ModelComparison} on two
 * loaded versions and by the generated site's page redirects on the
 * {@link Snapshot}s a previous run kept.
 */
@Singleton
public class ElementMatcher {

	/** Below this similarity two elements are different elements. */
	static final double THRESHOLD = 0.6;

	/** Above this many candidate pairs of one kind, only elements with the same title are compared. */
	private static final long PAIRWISE_LIMIT = 250_000;

	@Inject
	private ElementFacts facts;

	/** The named elements of one version, with their qualified names, in document order. */
	public record Inventory(List<EObject> elements, Map<EObject, String> names) {
	}

	/**
	 * An element as the matcher compares it: what {@link ModelComparison} reads from a loaded model and what a
	 * generated site's page manifest keeps of the element a page described, so that both pair elements alike.
	 */
	public interface Candidate {
		/** The qualified name. */
		String name();

		/** The metamodel class's name ("Body", "Assessment"). */
		String kind();

		/** The element it is part of, or null for an element declared at the top of a file. */
		Candidate owner();

		/** The title, or null when its kind has none. */
		String title();

		/** Its stated attributes but the title, as "label=value" (references by qualified name). */
		Set<String> signature();
	}

	/**
	 * What a page manifest keeps of an element: a {@link Candidate} as plain data.
	 *
	 * @param owner null for a top-level element
	 */
	public record Snapshot(String name, String kind, Snapshot owner, String title, Set<String> signature) implements Candidate {
	}

	/** The element as plain data, its references named by {@code names}. */
	public Snapshot snapshot(EObject element, Function<EObject, String> names) {
		EObject container = element.eContainer();
		Snapshot owner = container == null || container instanceof Model ? null : snapshot(container, names);
		return new Snapshot(names.apply(element), element.eClass().getName(), owner, title(element), signature(element, names));
	}

	/** @return old element → new element, for every element found in both versions */
	public Map<EObject, EObject> match(Inventory before, Inventory after) {
		List<Loaded> olds = loaded(before);
		List<Loaded> news = loaded(after);
		Map<EObject, EObject> matches = new IdentityHashMap<>();
		match(olds, news).forEach((o, n) -> matches.put(o.element(), n.element()));
		return matches;
	}

	/** An element of a loaded version; its signature is read when first compared. */
	private final class Loaded implements Candidate {
		private final EObject element;
		private final String name;
		private final Loaded owner;
		private final Function<EObject, String> names;
		private Set<String> signature;

		Loaded(EObject element, String name, Loaded owner, Function<EObject, String> names) {
			this.element = element;
			this.name = name;
			this.owner = owner;
			this.names = names;
		}

		EObject element() {
			return element;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String kind() {
			return element.eClass().getName();
		}

		@Override
		public Candidate owner() {
			return owner;
		}

		@Override
		public String title() {
			return ElementMatcher.title(element);
		}

		@Override
		public Set<String> signature() {
			if (signature == null) {
				signature = ElementMatcher.this.signature(element, names);
			}
			return signature;
		}
	}

	/** The inventory as candidates; a part's owner is its container (unnamed containers included, so parts of one stay together). */
	private List<Loaded> loaded(Inventory inventory) {
		Function<EObject, String> names = e -> inventory.names().getOrDefault(e, facts.nameOf(e));
		Map<EObject, Loaded> all = new IdentityHashMap<>();
		List<Loaded> result = new ArrayList<>();
		for (EObject element : inventory.elements()) {
			result.add(loaded(element, inventory, names, all));
		}
		return result;
	}

	private Loaded loaded(EObject element, Inventory inventory, Function<EObject, String> names, Map<EObject, Loaded> all) {
		Loaded known = all.get(element);
		if (known != null) {
			return known;
		}
		EObject container = element.eContainer();
		Loaded owner = container == null || container instanceof Model ? null : loaded(container, inventory, names, all);
		Loaded created = new Loaded(element, inventory.names().getOrDefault(element, String.valueOf(facts.nameOf(element))), owner, names);
		all.put(element, created);
		return created;
	}

	/**
	 * Pairs two versions' candidates.
	 *
	 * @return old candidate → new candidate, for every element found in both versions
	 */
	public <T extends Candidate> Map<T, T> match(List<T> before, List<T> after) {
		Map<T, T> matches = new IdentityHashMap<>();
		Map<String, T> afterByName = new HashMap<>();
		after.forEach(e -> afterByName.putIfAbsent(e.name(), e));
		Set<T> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		for (T old : before) {
			T same = afterByName.get(old.name());
			if (same != null && same.kind().equals(old.kind()) && taken.add(same)) {
				matches.put(old, same);
			}
		}
		matchWithOwners(before, after, matches, taken);
		matchBySimilarity(before, after, matches, taken);
		matchWithOwners(before, after, matches, taken);
		return matches;
	}

	/** Parts keep their identity when their owner was paired (possibly renamed) and their own name is unchanged. */
	private static <T extends Candidate> void matchWithOwners(List<T> before, List<T> after, Map<T, T> matches, Set<T> taken) {
		Map<Candidate, Map<String, T>> byOwnerAndName = new IdentityHashMap<>();
		for (T now : after) {
			if (!taken.contains(now) && now.owner() != null) {
				byOwnerAndName.computeIfAbsent(now.owner(), o -> new HashMap<>()).putIfAbsent(localName(now.name()), now);
			}
		}
		for (T old : before) {
			Candidate owner = old.owner() == null ? null : matches.get(old.owner());
			if (matches.containsKey(old) || owner == null) {
				continue;
			}
			T now = byOwnerAndName.getOrDefault(owner, Map.of()).get(localName(old.name()));
			if (now != null && now.kind().equals(old.kind()) && taken.add(now)) {
				matches.put(old, now);
			}
		}
	}

	private <T extends Candidate> void matchBySimilarity(List<T> before, List<T> after, Map<T, T> matches, Set<T> taken) {
		Map<String, List<T>> olds = new TreeMap<>();
		Map<String, List<T>> news = new HashMap<>();
		before.stream().filter(e -> !matches.containsKey(e)).forEach(e -> olds.computeIfAbsent(e.kind(), c -> new ArrayList<>()).add(e));
		after.stream().filter(e -> !taken.contains(e)).forEach(e -> news.computeIfAbsent(e.kind(), c -> new ArrayList<>()).add(e));
		for (Map.Entry<String, List<T>> entry : olds.entrySet()) {
			List<T> candidates = news.getOrDefault(entry.getKey(), List.of());
			if (candidates.isEmpty()) {
				continue;
			}
			boolean pairwise = (long) entry.getValue().size() * candidates.size() <= PAIRWISE_LIMIT;
			List<Pair<T>> pairs = new ArrayList<>();
			for (T old : entry.getValue()) {
				for (T now : candidates) {
					if (!pairwise && !normalized(old.title()).equals(normalized(now.title()))) {
						continue;
					}
					double similarity = similarity(old, now, matches);
					if (similarity >= THRESHOLD) {
						pairs.add(new Pair<>(old, now, similarity));
					}
				}
			}
			pairs.sort(Comparator.comparingDouble(Pair<T>::similarity).reversed());
			for (Pair<T> pair : pairs) {
				if (!matches.containsKey(pair.old()) && taken.add(pair.now())) {
					matches.put(pair.old(), pair.now());
				}
			}
		}
	}

	private record Pair<T>(T old, T now, double similarity) {
	}

	/**
	 * Title (when the kind has one) and content weigh 60/40; content is the
	 * overlap of the stated attributes. Parts must keep their owner.
	 */
	private static <T extends Candidate> double similarity(T old, T now, Map<T, T> matches) {
		if (old.owner() != null && matches.get(old.owner()) != now.owner()) {
			return 0;
		}
		Set<String> oldFacts = old.signature();
		Set<String> newFacts = now.signature();
		// two elements that state nothing but a title are told apart by the title alone
		double content = oldFacts.isEmpty() && newFacts.isEmpty() ? 0.5 : jaccard(oldFacts, newFacts);
		String a = old.title();
		String b = now.title();
		if (a == null && b == null) {
			return content;
		}
		return 0.6 * jaccard(words(a), words(b)) + 0.4 * content;
	}

	private Set<String> signature(EObject element, Function<EObject, String> names) {
		Set<String> result = new TreeSet<>();
		facts.of(element, names).values().stream()
				.filter(f -> !f.label().equals("title"))
				.forEach(f -> result.add(f.label() + "=" + f.value()));
		return result;
	}

	static String title(EObject element) {
		var feature = element.eClass().getEStructuralFeature("title");
		Object value = feature == null ? null : element.eGet(feature);
		return value == null ? null : value.toString();
	}

	private static String normalized(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : normalized(text).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		long common = a.stream().filter(b::contains).count();
		return (double) common / union.size();
	}

	static String localName(String qualifiedName) {
		return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
	}
}
