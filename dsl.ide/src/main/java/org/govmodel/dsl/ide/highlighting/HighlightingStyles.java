package org.govmodel.dsl.ide.highlighting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.govmodel.dsl.govModel.GovModelPackage;

/**
 * What kind of token each kind of model element is, in LSP's semantic-token
 * vocabulary (editors colour them with the theme's colours for those kinds):
 * bodies like types, authorities like properties, legal instruments like
 * interfaces, framework items like enum members, and so on.
 */
public final class HighlightingStyles {

	/** Modifier of a name where it is declared rather than referred to. */
	public static final String DECLARATION = "declaration";

	/** Token type of an enumeration value (a status, a sector, a rank). */
	public static final String VALUE = "enumMember";

	/** Enumerations whose values open a declaration (`directive institution`, `law`, `cio`): they stay keywords. */
	private static final Set<String> DECLARING_ENUMS = Set.of("Tier", "BodyForm", "AuthorityRole", "BoardKind", "InstrumentKind",
			"LeverKind", "GoalOperator");

	private static final GovModelPackage MODEL = GovModelPackage.eINSTANCE;

	/** Most specific classes first: the first match wins. */
	private static final Map<EClass, String> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put(MODEL.getJurisdiction(), "namespace");
		TYPES.put(MODEL.getAuthority(), "property");
		TYPES.put(MODEL.getBoard(), "property");
		TYPES.put(MODEL.getParty(), "class");
		TYPES.put(MODEL.getInstrument(), "interface");
		TYPES.put(MODEL.getSolutionKind(), "type");
		TYPES.put(MODEL.getSolution(), "struct");
		TYPES.put(MODEL.getFramework(), "enum");
		TYPES.put(MODEL.getFrameworkItem(), VALUE);
		TYPES.put(MODEL.getProject(), "function");
		TYPES.put(MODEL.getSector(), "namespace");
		TYPES.put(MODEL.getService(), "method");
		TYPES.put(MODEL.getPortfolio(), "decorator");
		TYPES.put(MODEL.getLever(), "event");
		TYPES.put(MODEL.getAssessment(), "event");
	}

	private HighlightingStyles() {
	}

	/** Whether the values of the grammar's enumeration are highlighted as values rather than as keywords. */
	public static boolean isValueEnum(String enumRuleName) {
		return !DECLARING_ENUMS.contains(enumRuleName);
	}

	/** The token type of an element of the class. */
	public static String typeOf(EClass type) {
		for (Map.Entry<EClass, String> entry : TYPES.entrySet()) {
			if (entry.getKey().isSuperTypeOf(type)) {
				return entry.getValue();
			}
		}
		return "variable";
	}
}
