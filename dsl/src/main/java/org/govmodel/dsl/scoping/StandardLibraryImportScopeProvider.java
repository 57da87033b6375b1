package org.govmodel.dsl.scoping;

import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Resolves imports ({@code import eclac.*}) and relative names, and makes the
 * names of the standard library's {@code eclac} namespace visible in every
 * model without an import, the way {@code java.lang} is: solution kinds,
 * portfolios and the ECLAC framework are the language's shared vocabulary.
 */
public class StandardLibraryImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	public static final QualifiedName IMPLICIT_NAMESPACE = QualifiedName.create("eclac");

	@Override
	protected List<ImportNormalizer> getImplicitImports(boolean ignoreCase) {
		return List.of(new ImportNormalizer(IMPLICIT_NAMESPACE, true, ignoreCase));
	}
}
