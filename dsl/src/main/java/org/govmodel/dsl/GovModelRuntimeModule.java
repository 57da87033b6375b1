package org.govmodel.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.service.DispatchingProvider;
import org.govmodel.dsl.conversion.GovModelValueConverters;
import org.govmodel.dsl.linking.GovModelLinkingDiagnosticMessages;
import org.govmodel.dsl.naming.GovModelQualifiedNameProvider;
import org.govmodel.dsl.naming.TitledDescriptionStrategy;
import org.govmodel.dsl.scoping.StandardLibraryImportScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the GovModel language runtime.
 */
public class GovModelRuntimeModule extends AbstractGovModelRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return GovModelQualifiedNameProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return TitledDescriptionStrategy.class;
	}

	/** Which files a change affects, matching what the jurisdiction-wide rules read. */
	public Class<? extends org.eclipse.xtext.resource.IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return org.govmodel.dsl.resource.GovModelResourceDescriptionManager.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class)
				.annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(StandardLibraryImportScopeProvider.class);
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GovModelValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GovModelLinkingDiagnosticMessages.class;
	}

	public Class<? extends org.eclipse.xtext.validation.INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return org.govmodel.dsl.validation.UniqueNames.class;
	}

	/** Four spaces per level: modellers open files in tools that render tabs unpredictably. */
	public Class<? extends org.eclipse.xtext.formatting.IIndentationInformation> bindIIndentationInformation() {
		return org.govmodel.dsl.formatting2.FourSpaceIndentation.class;
	}

	public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return org.govmodel.dsl.parser.GovModelSyntaxErrorMessages.class;
	}

	public Class<? extends org.eclipse.xtext.validation.ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return org.govmodel.dsl.validation.RuleIssueCodes.class;
	}

	/** Rule severities come from the {@code RuleSettings} attached to the model's resource set. */
	public Class<? extends org.eclipse.xtext.preferences.IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return org.govmodel.dsl.validation.RuleSeverityPreferences.class;
	}

	/** The parser's elements are made without change notification (see {@link org.govmodel.dsl.parser.SilentElementFactory}). */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
		return org.govmodel.dsl.parser.SilentElementFactory.class;
	}

	/** Blocks nest at most {@link org.govmodel.dsl.parser.DepthLimitedParser#MAX_DEPTH} levels deep, so no stack overflows. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return org.govmodel.dsl.parser.DepthLimitedParser.class;
	}

	/** Line numbers that survive a text ending with a lone carriage return. */
	public Class<? extends org.eclipse.xtext.nodemodel.impl.NodeModelBuilder> bindNodeModelBuilder() {
		return org.govmodel.dsl.parser.LineBreakSafeNodeModelBuilder.class;
	}

	/** Files read as UTF-8 with or without byte-order mark; invalid bytes and too deep nesting reported where they are. */
	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.govmodel.dsl.resource.GovModelResource.class;
	}

	/** The element at an offset, none in a file that parsed to no model (the editors' definition, hover, rename). */
	public Class<? extends org.eclipse.xtext.resource.EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
		return org.govmodel.dsl.resource.ModellessSafeElementAtOffset.class;
	}

	/** A failure while validating is an error on the file, never a logged trace and a silently shorter list. */
	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return org.govmodel.dsl.validation.CompleteResourceValidator.class;
	}

	/**
	 * No EMF {@code EObjectValidator} among the validators. What it checks cannot fail on a parsed model: the
	 * inferred metamodel has no lower bounds, keys, data-type constraints or non-containment references outside
	 * the resource set, and Xtext's own variant already skips unresolved references, which the linker reports.
	 * It still walked every attribute of every element, and set up XML Schema's regular expressions on a short
	 * run's critical path (docs/performance.md).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class)
				.annotatedWith(Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(Boolean.FALSE);
	}

	/** Models are UTF-8 whatever the platform's default charset. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class)
				.annotatedWith(DispatchingProvider.Runtime.class)
				.to(Utf8EncodingProvider.class);
	}

	public static class Utf8EncodingProvider implements IEncodingProvider {
		@Override
		public String getEncoding(org.eclipse.emf.common.util.URI uri) {
			return "UTF-8";
		}
	}
}
