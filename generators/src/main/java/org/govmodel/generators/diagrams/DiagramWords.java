package org.govmodel.generators.diagrams;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.i18n.Vocabulary;

/**
 * The words the diagrams write themselves, in the reader's language: band
 * titles, line kinds, the legend, captions and notes (bundle
 * {@code org.govmodel.generators.i18n.diagrams}), and the model's enumerated
 * values through the language layer's {@link Vocabulary}.
 */
public final class DiagramWords {

	public static final String BUNDLE = "org.govmodel.generators.i18n.diagrams";

	static final DiagramWords ENGLISH = new DiagramWords(Language.EN);

	private final Messages messages;
	private final Vocabulary vocabulary;

	public DiagramWords(Language language) {
		this.messages = Messages.load(BUNDLE, DiagramWords.class, language);
		this.vocabulary = new Vocabulary(language);
	}

	public Language language() {
		return messages.language();
	}

	/** A message of the diagrams' bundle with its named arguments. */
	public String text(String key, Object... namesAndValues) {
		return messages.text(key, namesAndValues);
	}

	/** The reader's word for a value of the model's vocabulary. */
	public String word(Enumerator value) {
		return vocabulary.text(value);
	}

	/** Several items as one phrase: "a, b and c". */
	public String list(List<String> items) {
		return messages.list(items);
	}

	public String layer(OrgChart.Layer layer) {
		return text("layer." + layer.name().toLowerCase(Locale.ROOT));
	}

	/** What a kind of line means, as its label and legend entry. */
	public String edge(OrgChart.Kind kind) {
		return text("edge." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	public String legend() {
		return text("legend.title");
	}
}
