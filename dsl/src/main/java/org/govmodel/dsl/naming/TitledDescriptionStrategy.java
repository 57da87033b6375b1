package org.govmodel.dsl.naming;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Jurisdiction;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.LocalizedTitles;
import org.govmodel.dsl.govModel.Variable;

/**
 * Puts each exported element's title (and a framework variable's
 * description), and their translations ({@code title.es}, {@code description.es}),
 * into the index, so that editors can show "1.1.1 — Lead strategic body", in
 * Spanish "1.1.1 — Órgano estratégico rector", or "agency — Agencia de
 * Innovación" in completion lists without loading every file that declares a
 * candidate. A jurisdiction also
 * carries the name its {@code of} clause names as written, so that the
 * builder can tell which files describe the same jurisdiction without
 * loading them (see {@code resource.JurisdictionGroups}).
 */
public class TitledDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String TITLE = "title";
	public static final String DESCRIPTION = "description";
	public static final String PARENT = "parent";

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		if (getQualifiedNameProvider() == null) {
			return false;
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(element);
		if (name != null) {
			acceptor.accept(EObjectDescription.create(name, element, userData(element)));
		}
		return true;
	}

	private static Map<String, String> userData(EObject element) {
		Map<String, String> data = new HashMap<>();
		EStructuralFeature title = element.eClass().getEStructuralFeature(TITLE);
		if (title != null && element.eGet(title) instanceof String text) {
			data.put(TITLE, text);
		}
		if (element instanceof Variable variable && variable.getDescription() != null) {
			data.put(DESCRIPTION, variable.getDescription());
		}
		// the translation LocalizedTitles reads, where a blank text stands for the written one
		for (Language language : Language.values()) {
			LocalizedTitles.translation(element, language).ifPresent(translation -> {
				putUnlessBlank(data, translated(TITLE, language.code()), translation.getTitle());
				putUnlessBlank(data, translated(DESCRIPTION, language.code()), translation.getDescription());
			});
		}
		if (element instanceof Jurisdiction jurisdiction) {
			writtenParent(jurisdiction).ifPresent(parent -> data.put(PARENT, parent));
		}
		return data;
	}

	private static void putUnlessBlank(Map<String, String> data, String key, String text) {
		if (text != null && !text.isBlank()) {
			data.put(key, text);
		}
	}

	/** The key of a title's or description's translation into a language ({@code title.es}). */
	public static String translated(String key, String languageCode) {
		return key + "." + languageCode;
	}

	/**
	 * The parent's name as the file writes it (indexing must not resolve
	 * references: the index it would resolve against is still being built).
	 */
	private static Optional<String> writtenParent(Jurisdiction jurisdiction) {
		return NodeModelUtils.findNodesForFeature(jurisdiction, GovModelPackage.Literals.JURISDICTION__PARENT).stream()
				.map(node -> NodeModelUtils.getTokenText(node).replaceAll("[\\s^]", "")).filter(text -> !text.isBlank()).findFirst();
	}
}
