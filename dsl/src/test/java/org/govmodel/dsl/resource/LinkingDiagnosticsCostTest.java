package org.govmodel.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govmodel.dsl.GovModelRuntimeModule;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.linking.GovModelLinkingDiagnosticMessages;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * An unresolved name's message looks through every name in scope for a did-you-mean; that cost belongs to the
 * names that do not resolve. Xtext built the message again for every reference that did resolve (to find the
 * diagnostic to remove), which made each edit of a 10,000-line workspace take seconds in the language server.
 */
class LinkingDiagnosticsCostTest {

	/** Counts the messages asked for. */
	static class CountingMessages extends GovModelLinkingDiagnosticMessages {
		static final AtomicInteger ASKED = new AtomicInteger();

		@Override
		public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
			ASKED.incrementAndGet();
			return super.getUnresolvedProxyMessage(context);
		}
	}

	@Test
	void onlyTheNamesThatDoNotResolveCostAMessage() throws Exception {
		Injector injector = new GovModelStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new GovModelRuntimeModule(),
						binder -> binder.bind(ILinkingDiagnosticMessageProvider.class).to(CountingMessages.class)));
			}
		}.createInjectorAndDoEMFRegistration();
		StringBuilder text = new StringBuilder("namespace t\ninstitution i0 \"Institution 0\" ministry public\n");
		for (int i = 1; i <= 200; i++) {
			text.append("institution i").append(i).append(" \"Institution ").append(i).append("\" ministry public within i").append(i - 1).append('\n');
		}
		text.append("institution lost \"Lost\" ministry public within i2000\n");
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		injector.getInstance(StandardLibrary.class).loadInto(resourceSet);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/cost.govmodel"));
		CountingMessages.ASKED.set(0);
		resource.load(new StringInputStream(text.toString(), "UTF-8"), resourceSet.getLoadOptions());
		EcoreUtil.resolveAll(resource);

		List<Resource.Diagnostic> errors = resource.getErrors();
		assertEquals(1, errors.size(), "the one unresolved name is an error: " + errors);
		assertTrue(errors.get(0).getMessage().contains("i2000"), errors.get(0).getMessage());
		assertEquals(1, CountingMessages.ASKED.get(), "messages built for 200 resolved references and 1 unresolved one");

		// mending the name removes its error, still without a message for the names that resolve
		((XtextResource) resource).update(text.lastIndexOf("i2000"), "i2000".length(), "i200");
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors(), "errors after the name was mended");
		assertEquals(1, CountingMessages.ASKED.get(), "messages built in all");
	}
}
