package org.govmodel.dsl.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Element;
import org.govmodel.dsl.loading.ModelFiles;

import com.google.inject.Inject;

/** Names across files: one declaration per qualified name in the whole model. */
public class NameRules extends RuleFamily {

	public static final Rule DUPLICATE_ACROSS_FILES = Rule.define("GOV-NAME-002", Severity.ERROR, "Names are unique across the model's files")
			.because("Files loaded together share their names (or their namespace's); a name declared in two files makes references to it ambiguous. Give each file its own `namespace` when they describe different jurisdictions.")
			.guide("—")
			.bad(1, "institution minFin \"Finance\" ministry")
			.good("namespace north\ninstitution minFin \"Finance\" ministry")
			.alongside("institution minFin \"Hacienda\" ministry")
			.build();

	@Inject
	private GovernanceViews views;

	@Override
	public List<Rule> rules() {
		return List.of(DUPLICATE_ACROSS_FILES);
	}

	@Check
	public void uniqueAcrossFiles(Element element) {
		List<Resource> others = views.otherDeclarationsOf(element);
		if (!others.isEmpty()) {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			report(DUPLICATE_ACROSS_FILES, message(element, "GOV-NAME-002", "element", describe(element), "file", ModelFiles.display(others.get(0).getURI())), element, name);
		}
	}
}
