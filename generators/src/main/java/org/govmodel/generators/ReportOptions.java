package org.govmodel.generators;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.govmodel.dsl.i18n.Language;

/**
 * How the reports of one run are written: the readers' language, and whether they are the
 * public (no validation findings, no model syntax) or the model's reviewers (findings with
 * file and line).
 */
public record ReportOptions(Language language, Audience audience) {

	/** Who reads the reports. */
	public enum Audience {
		/** Published reports: what the model says, never how it is written or what a check found. */
		PUBLIC,
		/** Reports for the people who review the model: findings shown with file and line. */
		REVIEW;

		/** The audience a user names ({@code public}, {@code review}, in any case); empty for another word. */
		public static Optional<Audience> parse(String word) {
			return Stream.of(values()).filter(a -> word != null && a.name().equalsIgnoreCase(word.trim())).findFirst();
		}
	}

	public ReportOptions {
		Objects.requireNonNull(language);
		Objects.requireNonNull(audience);
	}

	/** English, for the public. */
	public static ReportOptions defaults() {
		return new ReportOptions(Language.EN, Audience.PUBLIC);
	}

	public ReportOptions withLanguage(Language newLanguage) {
		return new ReportOptions(newLanguage, audience);
	}

	public ReportOptions withAudience(Audience newAudience) {
		return new ReportOptions(language, newAudience);
	}
}
