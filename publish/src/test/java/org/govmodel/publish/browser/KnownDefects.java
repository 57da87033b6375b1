package org.govmodel.publish.browser;

import java.util.List;

/**
 * The (file, check) pairs the browser suite finds failing in today's generated outputs, each the subject of
 * work in progress on issue 14 (diagrams, radar, trend, scorecards and the documentation site are being
 * rewritten on other branches). The suite passes only while exactly these pairs fail: a pair that starts
 * passing must be removed from here, and any other failure fails the build.
 * <p>
 * TO EMPTY: once the issue-14 branches are merged, run the suite and delete every entry it reports as
 * fixed. This list is never a place to park a new defect.
 * <p>
 * A file is the output's path below {@code target/browser/}: {@code examples/...} for the project's
 * examples (English), {@code stress/...} for the stress model (Spanish).
 */
final class KnownDefects {

	private KnownDefects() {
	}

	/** "file :: check", sorted. */
	static final List<String> PAIRS = List.of(
			// Diagram IV.1: ELK places a line's label along the line; with orthogonal routing some labels end up
			// across the edge of a band or a box. Diagram IV.2: a long title is wider than a small units tree.
			// Both are open work of issue 14 (label placement and title wrapping in DiagramSvg).
			"examples/diagrams/cordoba-governance.svg :: text-outside",
			"examples/diagrams/cr-governance.svg :: text-outside",
			"examples/diagrams/myCountry-governance.svg :: text-outside",
			"examples/diagrams/myCountry-units-agency.svg :: text-outside",
			"stress/diagrams/andina-governance.svg :: text-outside",
			"stress/diagrams/nordeste-governance.svg :: text-outside");
}
