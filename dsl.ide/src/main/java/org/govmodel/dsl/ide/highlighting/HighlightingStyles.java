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
	public static final String VALUE = TokenType.ENUM_MEMBER.lspName();

	/** Enumerations whose values open a declaration (`directive institution`, `law`, `cio`): they stay keywords. */
	private static final Set<String> DECLARING_ENUMS = Set.of("Tier", "BodyForm", "AuthorityRole", "BoardKind", "InstrumentKind",
			"LeverKind", "GoalOperator");

	private static final GovModelPackage MODEL = GovModelPackage.eINSTANCE;

	/** Most specific classes first: the first match wins. */
	private static final Map<EClass, TokenType> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put(MODEL.getJurisdiction(), TokenType.NAMESPACE);
		TYPES.put(MODEL.getAuthority(), TokenType.PROPERTY);
		TYPES.put(MODEL.getBoard(), TokenType.PROPERTY);
		TYPES.put(MODEL.getParty(), TokenType.CLASS);
		TYPES.put(MODEL.getInstrument(), TokenType.INTERFACE);
		TYPES.put(MODEL.getSolutionKind(), TokenType.TYPE);
		TYPES.put(MODEL.getSolution(), TokenType.STRUCT);
		TYPES.put(MODEL.getFramework(), TokenType.ENUM);
		TYPES.put(MODEL.getFrameworkItem(), TokenType.ENUM_MEMBER);
		TYPES.put(MODEL.getProject(), TokenType.FUNCTION);
		TYPES.put(MODEL.getSector(), TokenType.NAMESPACE);
		TYPES.put(MODEL.getService(), TokenType.METHOD);
		TYPES.put(MODEL.getPortfolio(), TokenType.DECORATOR);
		TYPES.put(MODEL.getLever(), TokenType.EVENT);
		TYPES.put(MODEL.getAssessment(), TokenType.EVENT);
	}

	private HighlightingStyles() {
	}

	/** Whether the values of the grammar's enumeration are highlighted as values rather than as keywords. */
	public static boolean isValueEnum(String enumRuleName) {
		return !DECLARING_ENUMS.contains(enumRuleName);
	}

	/** The token type of an element of the class, by its LSP name. */
	public static String typeOf(EClass type) {
		return tokenTypeOf(type).lspName();
	}

	/** The token type of an element of the class. */
	public static TokenType tokenTypeOf(EClass type) {
		for (Map.Entry<EClass, TokenType> entry : TYPES.entrySet()) {
			if (entry.getKey().isSuperTypeOf(type)) {
				return entry.getValue();
			}
		}
		return TokenType.VARIABLE;
	}
}
