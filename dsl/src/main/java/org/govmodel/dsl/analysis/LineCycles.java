package org.govmodel.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.util.Parties;

/**
 * The loops in the reporting and authority lines ({@code reports to},
 * {@code under}) between bodies. Each group of bodies that reach one another
 * (a strongly connected component of the lines) is one loop, found once,
 * without recursion and in time linear in the number of bodies, so a chain of
 * ten thousand lines costs no more than ten thousand steps. A line from a body
 * to itself is not a loop here (it is a slip of its own).
 */
public final class LineCycles {

	/**
	 * One loop.
	 *
	 * @param members a cycle through the loop, in the order of the lines, starting at the
	 *                body declared first (by file, then position), which does not repeat at the end
	 * @param bodies  how many bodies the loop involves (more than the cycle when several cycles overlap)
	 */
	public record Cycle(List<Body> members, int bodies) {
		public Body anchor() {
			return members.get(0);
		}
	}

	/** Declaration order, the same whatever the set of files a caller looks at: file, then offset. */
	private static final Comparator<Body> DECLARED_FIRST = Comparator
			.comparing((Body body) -> body.eResource() == null ? "" : body.eResource().getURI().toString())
			.thenComparingInt(LineCycles::offset);

	private LineCycles() {
	}

	/** The loops that the given bodies are part of or lead to, ordered by their anchors. */
	public static List<Cycle> of(List<Body> bodies) {
		List<Cycle> cycles = new ArrayList<>();
		for (Set<Body> component : stronglyConnected(bodies)) {
			if (component.size() > 1) {
				cycles.add(cycleThrough(component));
			}
		}
		cycles.sort(Comparator.comparing(Cycle::anchor, DECLARED_FIRST));
		return cycles;
	}

	/** The bodies a body's lines lead to (its own body excluded). */
	static List<Body> superiors(Body body) {
		List<Body> result = new ArrayList<>(2);
		for (Body superior : new Body[] { Parties.bodyOf(body.getReportsTo()), Parties.bodyOf(body.getUnder()) }) {
			if (superior != null && superior != body && !result.contains(superior)) {
				result.add(superior);
			}
		}
		return result;
	}

	/** Tarjan's algorithm with an explicit stack of frames instead of recursion. */
	private static List<Set<Body>> stronglyConnected(List<Body> bodies) {
		Map<Body, Integer> index = new HashMap<>();
		Map<Body, Integer> lowLink = new HashMap<>();
		Deque<Body> component = new ArrayDeque<>();
		Set<Body> onComponentStack = new HashSet<>();
		List<Set<Body>> result = new ArrayList<>();
		record Frame(Body body, List<Body> superiors, int[] next) {
		}
		for (Body start : bodies) {
			if (index.containsKey(start)) {
				continue;
			}
			Deque<Frame> frames = new ArrayDeque<>();
			visit(start, index, lowLink, component, onComponentStack);
			frames.push(new Frame(start, superiors(start), new int[1]));
			while (!frames.isEmpty()) {
				Frame frame = frames.peek();
				if (frame.next()[0] < frame.superiors().size()) {
					Body superior = frame.superiors().get(frame.next()[0]++);
					if (!index.containsKey(superior)) {
						visit(superior, index, lowLink, component, onComponentStack);
						frames.push(new Frame(superior, superiors(superior), new int[1]));
					} else if (onComponentStack.contains(superior)) {
						lowLink.merge(frame.body(), index.get(superior), Math::min);
					}
					continue;
				}
				frames.pop();
				Body body = frame.body();
				if (!frames.isEmpty()) {
					lowLink.merge(frames.peek().body(), lowLink.get(body), Math::min);
				}
				if (lowLink.get(body).equals(index.get(body))) {
					Set<Body> members = new HashSet<>();
					Body member;
					do {
						member = component.pop();
						onComponentStack.remove(member);
						members.add(member);
					} while (member != body);
					result.add(members);
				}
			}
		}
		return result;
	}

	private static void visit(Body body, Map<Body, Integer> index, Map<Body, Integer> lowLink, Deque<Body> component, Set<Body> onComponentStack) {
		int order = index.size();
		index.put(body, order);
		lowLink.put(body, order);
		component.push(body);
		onComponentStack.add(body);
	}

	/** The shortest cycle from the loop's first-declared body back to it, by a breadth-first search inside the loop. */
	private static Cycle cycleThrough(Set<Body> component) {
		Body anchor = component.stream().min(DECLARED_FIRST).orElseThrow();
		Map<Body, Body> reachedFrom = new LinkedHashMap<>();
		Deque<Body> queue = new ArrayDeque<>(List.of(anchor));
		Body last = null;
		while (last == null && !queue.isEmpty()) {
			Body current = queue.poll();
			for (Body superior : superiors(current)) {
				if (superior == anchor) {
					last = current;
					break;
				}
				if (component.contains(superior) && !reachedFrom.containsKey(superior)) {
					reachedFrom.put(superior, current);
					queue.add(superior);
				}
			}
		}
		List<Body> members = new ArrayList<>();
		for (Body body = last; body != anchor; body = reachedFrom.get(body)) {
			members.add(body);
		}
		members.add(anchor);
		Collections.reverse(members);
		return new Cycle(List.copyOf(members), component.size());
	}

	private static int offset(Body body) {
		ICompositeNode node = NodeModelUtils.getNode(body);
		return node == null ? 0 : node.getOffset();
	}
}
