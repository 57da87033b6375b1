package org.govmodel.dsl.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule GovModel reports, in the order of the documentation. The rule
 * families' instances are created by Guice; their rule lists are data, read
 * here without one.
 */
public final class RuleCatalog {

	/** The rule families, in catalogue order; each is composed into the language's validator. */
	public static final List<Class<? extends RuleFamily>> FAMILIES = List.of(JurisdictionRules.class, TierRules.class, LineRules.class, SegregationRules.class,
			AuthorityRules.class, AutonomyRules.class, SolutionRules.class, InstrumentRules.class, ProjectRules.class, LeverRules.class,
			AssessmentRules.class, ConsistencyRules.class, NameRules.class, TranslationRules.class);

	private static final Map<String, Rule> BY_ID = index();

	private RuleCatalog() {
	}

	private static Map<String, Rule> index() {
		Map<String, Rule> rules = new LinkedHashMap<>();
		List<Rule> all = new ArrayList<>(LanguageRules.RULES);
		for (Class<? extends RuleFamily> family : FAMILIES) {
			try {
				all.addAll(family.getDeclaredConstructor().newInstance().rules());
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("cannot list the rules of " + family.getName(), e);
			}
		}
		for (Rule rule : all) {
			if (rules.put(rule.id(), rule) != null) {
				throw new IllegalStateException("rule id declared twice: " + rule.id());
			}
		}
		return Collections.unmodifiableMap(rules);
	}

	/** All rules, language rules first, then the families in order. */
	public static List<Rule> all() {
		return List.copyOf(BY_ID.values());
	}

	public static Optional<Rule> byId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}
}
