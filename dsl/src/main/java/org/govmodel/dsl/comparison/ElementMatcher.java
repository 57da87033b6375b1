package org.govmodel.dsl.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Pairs the elements of two versions: first by qualified name, then parts whose
 * owner was paired and whose own name is unchanged, then what remains by kind
 * and similarity of title and content, so that a renamed body is one change
 * rather than a removal and an addition.
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

	/** @return old element → new element, for every element found in both versions */
	public Map<EObject, EObject> match(Inventory before, Inventory after) {
		Map<EObject, EObject> matches = new IdentityHashMap<>();
		Map<String, EObject> afterByName = new HashMap<>();
		after.elements().forEach(e -> afterByName.putIfAbsent(after.names().get(e), e));
		Set<EObject> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject old : before.elements()) {
			EObject same = afterByName.get(before.names().get(old));
			if (same != null && same.eClass() == old.eClass() && taken.add(same)) {
				matches.put(old, same);
			}
		}
		matchWithOwners(before, after, matches, taken);
		matchBySimilarity(before, after, matches, taken);
		matchWithOwners(before, after, matches, taken);
		return matches;
	}

	/** Parts keep their identity when their owner was paired (possibly renamed) and their own name is unchanged. */
	private static void matchWithOwners(Inventory before, Inventory after, Map<EObject, EObject> matches, Set<EObject> taken) {
		Map<String, EObject> byOwnerAndName = new HashMap<>();
		for (EObject now : after.elements()) {
			if (!taken.contains(now) && now.eContainer() != null) {
				byOwnerAndName.putIfAbsent(System.identityHashCode(now.eContainer()) + "/" + localName(after.names().get(now)), now);
			}
		}
		for (EObject old : before.elements()) {
			EObject owner = old.eContainer() == null ? null : matches.get(old.eContainer());
			if (matches.containsKey(old) || owner == null) {
				continue;
			}
			EObject now = byOwnerAndName.get(System.identityHashCode(owner) + "/" + localName(before.names().get(old)));
			if (now != null && now.eClass() == old.eClass() && taken.add(now)) {
				matches.put(old, now);
			}
		}
	}

	private void matchBySimilarity(Inventory before, Inventory after, Map<EObject, EObject> matches, Set<EObject> taken) {
		Map<EClass, List<EObject>> olds = new HashMap<>();
		Map<EClass, List<EObject>> news = new HashMap<>();
		before.elements().stream().filter(e -> !matches.containsKey(e)).forEach(e -> olds.computeIfAbsent(e.eClass(), c -> new ArrayList<>()).add(e));
		after.elements().stream().filter(e -> !taken.contains(e)).forEach(e -> news.computeIfAbsent(e.eClass(), c -> new ArrayList<>()).add(e));
		for (Map.Entry<EClass, List<EObject>> entry : olds.entrySet()) {
			List<EObject> candidates = news.getOrDefault(entry.getKey(), List.of());
			if (candidates.isEmpty()) {
				continue;
			}
			boolean pairwise = (long) entry.getValue().size() * candidates.size() <= PAIRWISE_LIMIT;
			List<Pair> pairs = new ArrayList<>();
			Map<EObject, Set<String>> signatures = new IdentityHashMap<>();
			for (EObject old : entry.getValue()) {
				for (EObject now : candidates) {
					if (!pairwise && !normalized(title(old)).equals(normalized(title(now)))) {
						continue;
					}
					double similarity = similarity(old, now, before, after, matches, signatures);
					if (similarity >= THRESHOLD) {
						pairs.add(new Pair(old, now, similarity));
					}
				}
			}
			pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
			for (Pair pair : pairs) {
				if (!matches.containsKey(pair.old()) && taken.add(pair.now())) {
					matches.put(pair.old(), pair.now());
				}
			}
		}
	}

	private record Pair(EObject old, EObject now, double similarity) {
	}

	/**
	 * Title (when the kind has one) and content weigh 60/40; content is the
	 * overlap of the stated attributes. Parts must keep their owner.
	 */
	private double similarity(EObject old, EObject now, Inventory before, Inventory after, Map<EObject, EObject> matches,
			Map<EObject, Set<String>> signatures) {
		if (old.eContainer() != null && !(old.eContainer() instanceof org.govmodel.dsl.govModel.Model)
				&& matches.get(old.eContainer()) != now.eContainer()) {
			return 0;
		}
		Set<String> oldFacts = signatures.computeIfAbsent(old, e -> signature(e, before));
		Set<String> newFacts = signatures.computeIfAbsent(now, e -> signature(e, after));
		// two elements that state nothing but a title are told apart by the title alone
		double content = oldFacts.isEmpty() && newFacts.isEmpty() ? 0.5 : jaccard(oldFacts, newFacts);
		String a = title(old);
		String b = title(now);
		if (a == null && b == null) {
			return content;
		}
		return 0.6 * jaccard(words(a), words(b)) + 0.4 * content;
	}

	private Set<String> signature(EObject element, Inventory inventory) {
		Set<String> result = new HashSet<>();
		facts.of(element, e -> inventory.names().getOrDefault(e, facts.nameOf(e))).values().stream()
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
