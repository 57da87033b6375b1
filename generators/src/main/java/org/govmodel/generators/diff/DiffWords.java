package org.govmodel.generators.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.AttributeChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.comparison.ModelDiff.TargetChange;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.i18n.Vocabulary;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.scoring.ScoreFormat;

import com.google.inject.Inject;

/**
 * The words and sentences every diff format shares (text, Markdown, HTML, the JSON summary), in the
 * reader's language, so the formats say the same thing: the messages of the {@code diff} bundle, the
 * model's enumerated values through {@link Vocabulary}, framework titles through {@link LocalizedTitles},
 * numbers with the language's decimal mark. Names, titles and target expressions from the models are
 * shown as written.
 */
public final class DiffWords {

	public static final String BUNDLE = "org.govmodel.generators.i18n.diff";

	/** The features whose enum value names what an element is ({@code institution}, {@code cio}, {@code law}): see {@code ElementFacts.kindOf}. */
	private static final List<String> KIND_FEATURES = List.of("form", "kind", "role");

	/** Keyword → enum value, for the element kinds that are enum values. */
	private static final Map<String, Enumerator> KIND_VALUES = kindValues();

	private final Messages messages;
	private final Vocabulary vocabulary;
	private final LocalizedTitles titles;

	private DiffWords(Messages messages, Vocabulary vocabulary, LocalizedTitles titles) {
		this.messages = messages;
		this.vocabulary = vocabulary;
		this.titles = titles;
	}

	/** Makes the words of one language; bound by Guice so that titles come from the one {@link LocalizedTitles}. */
	public static class Factory {
		@Inject
		private LocalizedTitles titles;

		public DiffWords of(Language language) {
			return new DiffWords(Messages.load(BUNDLE, DiffWords.class, language), new Vocabulary(language), titles);
		}
	}

	public Language language() {
		return messages.language();
	}

	/** A message of the bundle with its named arguments. */
	public String text(String key, Object... namesAndValues) {
		return messages.text(key, namesAndValues);
	}

	/** A list in the language's form: "a, b and c", "a, b y c". */
	public String list(List<String> items) {
		return messages.list(items);
	}

	/** One line: what changed, counted; "no semantic change" in the language when nothing did. */
	public String headline(ModelDiff diff) {
		if (!diff.hasChanges()) {
			return text("headline.none");
		}
		List<String> parts = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			long n = diff.elements().stream().filter(e -> e.kind() == kind).count();
			if (n > 0) {
				parts.add(text("headline." + kind.word(), "count", n));
			}
		}
		if (!diff.lines().isEmpty()) {
			parts.add(text("headline.lines", "count", diff.lines().size()));
		}
		long scores = diff.assessments().stream().mapToLong(a -> a.variables().size()).sum();
		if (scores > 0) {
			parts.add(text("headline.scores", "count", scores, "assessments", diff.assessments().size()));
		}
		long targets = diff.assessments().stream().mapToLong(a -> a.targets().size()).sum();
		if (targets > 0) {
			parts.add(text("headline.targets", "count", targets));
		}
		long introduced = diff.findings().stream().filter(ModelDiff.FindingChange::introduced).count();
		if (introduced > 0) {
			parts.add(text("headline.introduced", "count", introduced));
		}
		if (diff.findings().size() > introduced) {
			parts.add(text("headline.resolved", "count", diff.findings().size() - introduced));
		}
		if (!diff.historyRewrites().isEmpty()) {
			parts.add(text("headline.rewritten", "count", diff.historyRewrites().size()));
		}
		// independent counts, each a whole phrase; a comma list reads the same in the three languages
		return String.join(", ", parts);
	}

	/** "renamed institution minCyT → minCiencia", "added law ley2024", in the language. */
	public String element(ElementChange change) {
		return text("element." + change.kind().word(), "kind", kind(change.elementKind()), "name", change.name(), "old", String.valueOf(change.oldName()),
				"new", String.valueOf(change.newName()));
	}

	/** The name column of a table: the name, or "old → new" after a rename. */
	public static String name(ElementChange change) {
		return change.kind() == Kind.RENAMED ? change.oldName() + " → " + change.newName() : change.name();
	}

	/** The change's kind as a word for a table cell: "added", "agregado". */
	public String change(Kind kind) {
		return text("change." + kind.word());
	}

	/** What an element is, in the reader's words: an enum value through the vocabulary, else the bundle's word for the declaration. */
	public String kind(String keyword) {
		Enumerator value = KIND_VALUES.get(keyword);
		if (value != null) {
			return vocabulary.text(value);
		}
		String key = "kind." + keyword;
		return messages.has(key) ? text(key) : keyword;
	}

	public String attribute(AttributeChange change) {
		return text("attribute", "attribute", attributeLabel(change.attribute()), "before", value(change, change.before()), "after",
				value(change, change.after()));
	}

	public String attributes(ElementChange change) {
		return change.attributes().stream().map(this::attribute).collect(Collectors.joining("; "));
	}

	/** An attribute's label in the language ({@code autonomy budget} → "autonomía: presupuesto"), or as the model names it. */
	public String attributeLabel(String label) {
		String key = attributeKey(label);
		return messages.has(key) ? text(key) : label;
	}

	/** The bundle key of an attribute label: {@code attribute.autonomy-budget}. */
	public static String attributeKey(String label) {
		return "attribute." + label.replace(' ', '-');
	}

	/** A value as the reader reads it: enum keywords in their words, yes/stated in the language, numbers with its decimal mark. */
	private String value(AttributeChange change, String value) {
		if (value == null) {
			return text("value.notStated");
		}
		EStructuralFeature feature = change.feature();
		EClassifier type = feature == null ? null : feature.getEType();
		if (type instanceof EEnum enumeration) {
			List<String> words = new ArrayList<>();
			for (String literal : value.split(", ")) {
				EEnumLiteral known = enumeration.getEEnumLiteralByLiteral(literal);
				words.add(known == null ? literal : vocabulary.text(known.getInstance()));
			}
			return String.join(", ", words);
		}
		if (type != null && (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) && value.equals("yes")) {
			return text("value.yes");
		}
		if (type instanceof EClass && value.equals("stated")) {
			return text("value.stated");
		}
		if (type != null && type.getInstanceClass() == BigDecimal.class) {
			return plain(value);
		}
		return value;
	}

	public String line(LineChange change) {
		String key = "line." + change.line().replace(' ', '-') + (change.before() == null ? ".added" : change.after() == null ? ".removed" : ".changed");
		return text(key, "party", change.party(), "before", String.valueOf(change.before()), "after", String.valueOf(change.after()));
	}

	public String target(TargetChange change) {
		String key = switch (change.kind()) {
			case ADDED -> "target.added";
			case REMOVED -> "target.removed";
			default -> "target.moved";
		};
		return text(key, "item", change.item(), "before", String.valueOf(change.before()), "after", String.valueOf(change.after()));
	}

	/** The framework's title in the language (as written when it has no translation). */
	public String framework(AssessmentChange change) {
		return change.definition() == null || change.definition().eIsProxy() ? change.framework() : titles.title(change.definition(), language());
	}

	public String title(ScoreChange score) {
		return title(score.item(), score.title());
	}

	public String title(MeanChange mean) {
		return title(mean.item(), mean.title());
	}

	private String title(EObject item, String written) {
		return item == null ? written : titles.title(item, language());
	}

	/** "component" or "area" in the language. */
	public String level(MeanChange mean) {
		return text("level." + mean.level());
	}

	/** A score as the model states it ("3", "2,5"), "n/a" in the language, or "(not stated)". */
	public String score(String value) {
		if (value == null) {
			return text("value.notStated");
		}
		return value.equals("n/a") ? text("value.notApplicable") : plain(value);
	}

	/** A decimal as written, with the language's decimal mark. */
	private String plain(String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			return messages.decimal(number, Math.max(0, number.scale()));
		} catch (NumberFormatException e) {
			return value;
		}
	}

	/** A mean or gap for display ("–" when there is none). */
	public String number(BigDecimal value) {
		return value == null ? "–" : messages.decimal(value, ScoreFormat.DEFAULT_DECIMALS);
	}

	/** A signed difference ("+0.25", "−0,50", "0.00"; "–" when one side has no value). */
	public String delta(BigDecimal before, BigDecimal after) {
		if (before == null || after == null) {
			return "–";
		}
		BigDecimal delta = after.subtract(before);
		String text = number(delta.abs());
		return delta.signum() > 0 ? "+" + text : delta.signum() < 0 ? "−" + text : text;
	}

	/** A finding's severity as a word for readers (the {@code path:line:col: error} lines stay English for scripts). */
	public String severity(ModelDiagnostic diagnostic) {
		return text("severity." + diagnostic.severityName());
	}

	private static Map<String, Enumerator> kindValues() {
		Map<String, Enumerator> values = new HashMap<>();
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (String name : KIND_FEATURES) {
					if (type.getEStructuralFeature(name) != null && type.getEStructuralFeature(name).getEType() instanceof EEnum enumeration) {
						enumeration.getELiterals().forEach(l -> values.putIfAbsent(l.getLiteral(), l.getInstance()));
					}
				}
			}
		}
		return values;
	}

	/** The keywords {@code ElementFacts.kindOf} gives for elements that are not named by an enum value: the declarations' class names. */
	public static List<String> declarationKinds() {
		return GovModelPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && !c.isInterface() && c.getEStructuralFeature("name") != null)
				.filter(c -> KIND_FEATURES.stream().noneMatch(f -> c.getEStructuralFeature(f) != null && c.getEStructuralFeature(f).getEType() instanceof EEnum))
				.map(c -> c.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)).sorted().toList();
	}
}
