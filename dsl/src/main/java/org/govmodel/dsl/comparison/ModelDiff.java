package org.govmodel.dsl.comparison;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.FrameworkItem;
import org.govmodel.dsl.loading.ModelDiagnostic;

/**
 * What changed between two versions of a set of models, in governance terms:
 * computed by {@link ModelComparison}, rendered by the diff formats. Every list
 * is in a stable order (jurisdiction, then qualified name or code).
 *
 * @param elements    elements added, removed, renamed or with changed attributes
 * @param lines       reporting and authority lines that changed
 * @param assessments assessments whose scores or targets changed
 * @param findings    validation findings introduced or resolved
 */
public record ModelDiff(List<ElementChange> elements, List<LineChange> lines, List<AssessmentChange> assessments,
		List<FindingChange> findings) {

	/** False when the two versions mean the same (a formatting-only edit, comments, order). */
	public boolean hasChanges() {
		return !elements.isEmpty() || !lines.isEmpty() || !assessments.isEmpty() || !findings.isEmpty();
	}

	/** The assessments edited although a later assessment of their framework exists (before the change). */
	public List<AssessmentChange> historyRewrites() {
		return assessments.stream().filter(AssessmentChange::historyRewrite).toList();
	}

	public enum Kind {
		ADDED, REMOVED, RENAMED, CHANGED;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * One element's change.
	 *
	 * @param kind         added, removed, renamed (possibly with attribute changes too) or changed
	 * @param jurisdiction the jurisdiction whose files hold it ("" when none is declared)
	 * @param elementKind  what it is, in the language's words ("institution", "cio", "law", "project")
	 * @param oldName      its qualified name before (null when added)
	 * @param newName      its qualified name after (null when removed)
	 * @param title        its title (after, else before), or null
	 * @param attributes   the attributes that changed (for added and removed elements: none)
	 * @param location     where to look: path:line of the new version, or of the old when removed
	 * @param historyRewrite the element is an assessment that was not the latest of its framework
	 */
	public record ElementChange(Kind kind, String jurisdiction, String elementKind, String oldName, String newName, String title,
			List<AttributeChange> attributes, String location, boolean historyRewrite) {

		/** The name to show: the new one, or the old one when removed. */
		public String name() {
			return newName != null ? newName : oldName;
		}
	}

	/**
	 * A changed attribute; null before/after means "not stated".
	 *
	 * @param feature the metamodel feature the values come from, so a renderer can show enum values in a reader's words
	 */
	public record AttributeChange(String attribute, String before, String after, EStructuralFeature feature) {
	}

	/**
	 * A reporting or authority line of a party that changed.
	 *
	 * @param line   "reports to", "under", "within", "answers to"
	 * @param party  the party's qualified name (after, else before)
	 * @param before the other end before, or null
	 * @param after  the other end after, or null
	 */
	public record LineChange(String jurisdiction, String party, String line, String before, String after) {
	}

	/**
	 * Score changes of one assessment (matched across the versions).
	 *
	 * @param oldName        qualified name before (differs from name after a rename)
	 * @param name           qualified name (after)
	 * @param framework      the framework's title
	 * @param year           the assessment's year (after)
	 * @param historyRewrite a later assessment of the same framework existed before the change
	 * @param meanBefore     the framework mean before (null when nothing was scored)
	 * @param meanAfter      the framework mean after
	 * @param variables      variables whose score changed
	 * @param means          components and areas whose mean or gap changed
	 * @param targets        goals added, removed or moved
	 * @param definition     the framework itself (after), for its title in a reader's language; null when unresolved
	 */
	public record AssessmentChange(String jurisdiction, String oldName, String name, String framework, int year, boolean historyRewrite,
			BigDecimal meanBefore, BigDecimal meanAfter, List<ScoreChange> variables, List<MeanChange> means,
			List<TargetChange> targets, Framework definition) {
	}

	/**
	 * A variable's score before and after, with the means it feeds.
	 *
	 * @param before     the score, "n/a", or null when not scored
	 * @param component  the component's code
	 * @param area       the area's code
	 * @param gapBefore  distance to the target before (null without a value)
	 * @param item       the variable, for its title in a reader's language
	 */
	public record ScoreChange(String code, String title, String before, String after, BigDecimal delta, String component, String area,
			BigDecimal gapBefore, BigDecimal gapAfter, FrameworkItem item) {
	}

	/** A component's or area's mean and gap before and after. {@code level} is "component" or "area"; {@code item} the component or area. */
	public record MeanChange(String level, String code, String title, BigDecimal before, BigDecimal after, BigDecimal gapBefore,
			BigDecimal gapAfter, FrameworkItem item) {

		public BigDecimal delta() {
			return before == null || after == null ? null : after.subtract(before);
		}
	}

	/** A goal of an assessment's targets: {@code before}/{@code after} as written, e.g. "&gt;= 3 by 2025". */
	public record TargetChange(Kind kind, String item, String before, String after) {
	}

	/** A validation finding that one version has and the other has not. */
	public record FindingChange(boolean introduced, ModelDiagnostic diagnostic) {
	}
}
