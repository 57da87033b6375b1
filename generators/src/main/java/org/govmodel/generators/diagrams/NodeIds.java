package org.govmodel.generators.diagrams;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Node ids of model elements in a diagram: {@code n_} and the element's
 * qualified name in a reversible encoding that every diagram syntax accepts as
 * a bare identifier ({@code [A-Za-z0-9_]}): letters and digits stay,
 * {@code _} becomes {@code __}, {@code .} {@code _0}, {@code -} {@code _1} and
 * any other character {@code _x<hex code point>_}. Distinct names give
 * distinct ids; {@link OrgChart.Builder#idOf} also keeps two elements that
 * share a qualified name apart.
 */
final class NodeIds {

	private NodeIds() {
	}

	/** The encoded id of an element; one without a name (a model being typed) is named by its place in the file. */
	static String readable(QualifiedName name, EObject element) {
		return "n_" + encode(name == null ? "/" + EcoreUtil.getURI(element).fragment() : name.toString("."));
	}

	static String encode(String name) {
		StringBuilder id = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (c < 128 && Character.isLetterOrDigit(c)) {
				id.appendCodePoint(c);
			} else if (c == '_') {
				id.append("__");
			} else if (c == '.') {
				id.append("_0");
			} else if (c == '-') {
				id.append("_1");
			} else {
				id.append("_x").append(Integer.toHexString(c)).append('_');
			}
		});
		return id.toString();
	}
}
