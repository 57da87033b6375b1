package org.govmodel.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/** Hands the rule severities that apply to a model ({@link RuleSettings#severitiesOf}) to Xtext's validation. */
public class RuleSeverityPreferences implements IPreferenceValuesProvider {

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		if (context == null || context.getResourceSet() == null) {
			return new MapBasedPreferenceValues();
		}
		return new MapBasedPreferenceValues(RuleSettings.of(context.getResourceSet()).severitiesOf(context));
	}
}
