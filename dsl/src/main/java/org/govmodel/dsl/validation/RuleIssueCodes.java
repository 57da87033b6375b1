package org.govmodel.dsl.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;

/** Registers every configurable rule with its default severity, so that users can override it. */
public class RuleIssueCodes extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (Rule rule : RuleCatalog.all()) {
			if (rule.configurable()) {
				acceptor.accept(create(rule.id(), rule.severityName()));
			}
		}
	}
}
