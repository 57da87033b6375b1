package org.govmodel.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.govmodel.dsl.govModel.Area;
import org.govmodel.dsl.govModel.Authority;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Component;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Variable;

/**
 * Names of model elements as references see them.
 * <ul>
 * <li>Framework items are named by their code under the framework, whatever
 * their nesting: {@code eclac.maturity.1.1.1}, not {@code ...1.1.1.1.1}.</li>
 * <li>An authority or board without a name is named by its role or kind:
 * {@code agency.cto}, {@code agency.board}.</li>
 * </ul>
 */
public class GovModelQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Area item) {
		return frameworkItemName(item, item.getName());
	}

	protected QualifiedName qualifiedName(Component item) {
		return frameworkItemName(item, item.getName());
	}

	protected QualifiedName qualifiedName(Variable item) {
		return frameworkItemName(item, item.getName());
	}

	protected QualifiedName qualifiedName(Authority authority) {
		String name = authority.getName() != null ? authority.getName() : authority.getRole().getLiteral();
		return childName(authority, name);
	}

	protected QualifiedName qualifiedName(Board board) {
		String name = board.getName() != null ? board.getName() : board.getKind().getLiteral();
		return childName(board, name);
	}

	private QualifiedName frameworkItemName(EObject item, String code) {
		Framework framework = EcoreUtil2.getContainerOfType(item, Framework.class);
		QualifiedName frameworkName = framework == null ? null : getFullyQualifiedName(framework);
		if (frameworkName == null || code == null) {
			return null;
		}
		return frameworkName.append(getConverter().toQualifiedName(code));
	}

	private QualifiedName childName(EObject object, String name) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			QualifiedName parentName = getFullyQualifiedName(container);
			if (parentName != null) {
				return parentName.append(name);
			}
		}
		return QualifiedName.create(name);
	}
}
