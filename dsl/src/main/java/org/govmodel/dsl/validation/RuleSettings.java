package org.govmodel.dsl.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.validation.SeverityConverter;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;

/**
 * The severities a user chose for rules ({@code off}, {@code info},
 * {@code warning}, {@code error}), attached to the resource set whose models
 * they apply to. Front ends fill it from a {@code govmodel.json} settings file,
 * command-line options or editor settings; validation reads it through
 * {@link RuleSeverityPreferences}.
 */
public final class RuleSettings extends AdapterImpl {

	/** The words users write. */
	public static final List<String> SEVERITIES = List.of("off", "info", "warning", "error");

	private final Map<String, String> severities = new LinkedHashMap<>();

	/**
	 * Sets a rule's severity.
	 *
	 * @return null when accepted, else a message saying what is wrong
	 */
	public String set(String ruleId, String severity) {
		Rule rule = RuleCatalog.byId(ruleId).orElse(null);
		String level = severity == null ? "" : severity.toLowerCase(Locale.ROOT).strip();
		Messages messages = DiagnosticLanguage.messages(getTarget() instanceof ResourceSet set ? DiagnosticLanguage.of(set) : Language.EN);
		if (rule == null) {
			return messages.text("GOV-CONFIG-001.rule", "rule", String.valueOf(ruleId));
		}
		if (!rule.configurable()) {
			return messages.text("GOV-CONFIG-001.fixed", "rule", ruleId);
		}
		if (!SEVERITIES.contains(level)) {
			return messages.text("GOV-CONFIG-001.severity", "severity", String.valueOf(severity), "rule", ruleId, "severities", String.join(", ", SEVERITIES));
		}
		severities.put(ruleId, level.equals("off") ? SeverityConverter.SEVERITY_IGNORE : level);
		return null;
	}

	/** Forgets every chosen severity (before the settings are read again). */
	public void clear() {
		severities.clear();
	}

	/** The chosen severities, as Xtext's severity names (ignore, info, warning, error). */
	public Map<String, String> asPreferences() {
		return Collections.unmodifiableMap(severities);
	}

	/** The settings attached to a resource set, created empty if there are none. */
	public static RuleSettings of(ResourceSet resourceSet) {
		for (Object adapter : resourceSet.eAdapters()) {
			if (adapter instanceof RuleSettings settings) {
				return settings;
			}
		}
		RuleSettings settings = new RuleSettings();
		resourceSet.eAdapters().add(settings);
		return settings;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RuleSettings.class;
	}
}
