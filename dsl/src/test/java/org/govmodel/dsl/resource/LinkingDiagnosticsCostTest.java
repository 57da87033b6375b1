package org.govmodel.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
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

	/** Counts the messages asked for and the scopes read for them. */
	static class CountingMessages extends GovModelLinkingDiagnosticMessages {
		static final AtomicInteger ASKED = new AtomicInteger();
		static final AtomicInteger SCOPES_READ = new AtomicInteger();

		@Override
		protected Stream<String> namesInScope(ILinkingDiagnosticContext context) {
			SCOPES_READ.incrementAndGet();
			return super.namesInScope(context);
		}

		@Override
		public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
			ASKED.incrementAndGet();
			return super.getUnresolvedProxyMessage(context);
		}
	}

	/** The language's services with {@link CountingMessages} for the messages of unresolved names. */
	private static Injector countingInjector() {
		return new GovModelStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new GovModelRuntimeModule(),
						binder -> binder.bind(ILinkingDiagnosticMessageProvider.class).to(CountingMessages.class)));
			}
		}.createInjectorAndDoEMFRegistration();
	}

	@Test
	void onlyTheNamesThatDoNotResolveCostAMessage() throws Exception {
		Injector injector = countingInjector();
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

	/**
	 * Regression (issue 15): every unresolved name's did-you-mean read every name in scope, so a file of n such
	 * names cost n × m (5,000 references: 15 s; 10,000: 75 s). The names here are as long as the declared ones, so
	 * no candidate is passed over for its length. Each reference is searched once however often it is read, and the
	 * searches of the file read at most {@link SuggestionBudget#NAMES_PER_FILE} names: the first references
	 * get their suggestion, the later ones the message without one.
	 */
	private static final int DECLARED = 3000;

	private static final int UNRESOLVED = 1000;

	/** {@link #DECLARED} names, then {@link #UNRESOLVED} references each one letter off a declared name: each a typo with a suggestion to find. */
	private static String typos() {
		StringBuilder text = new StringBuilder("namespace t\n");
		for (int i = 0; i < DECLARED; i++) {
			text.append("institution a").append(10000 + i).append(" \"A ").append(i).append("\" ministry public\n");
		}
		for (int i = 0; i < UNRESOLVED; i++) {
			text.append("institution b").append(i).append(" \"B ").append(i).append("\" ministry public within x").append(10000 + i).append('\n');
		}
		return text.toString();
	}

	@Test
	void theDidYouMeanSearchesOfAFileReadABoundedNumberOfNames() throws Exception {
		Injector injector = countingInjector();
		int declared = DECLARED;
		int unresolved = UNRESOLVED;
		String text = typos();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		injector.getInstance(StandardLibrary.class).loadInto(resourceSet);
		GovModelResource resource = (GovModelResource) resourceSet.createResource(URI.createURI("memory:/typos.govmodel"));
		CountingMessages.ASKED.set(0);
		CountingMessages.SCOPES_READ.set(0);
		resource.load(new StringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
		EcoreUtil.resolveAll(resource);
		EcoreUtil.resolveAll(resource); // read again, as validation does: Xtext keeps what did not resolve, no second search

		List<String> messages = resource.getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertEquals(unresolved, messages.size(), "one error per unresolved name");
		assertEquals(unresolved, CountingMessages.ASKED.get(), "one message, and one search, per unresolved name");
		long suggested = messages.stream().filter(m -> m.contains("did you mean")).count();
		assertTrue(messages.get(0).contains("did you mean 'a10000'"), messages.get(0));
		assertTrue(suggested > 0 && suggested < unresolved, suggested + " of " + unresolved + " messages suggest a name");
		for (int i = 0; i < unresolved; i++) {
			assertEquals(i < suggested, messages.get(i).contains("did you mean"), "the first messages suggest, the later ones not: " + messages.get(i));
		}
		// each search reads the 3,000 names and the library's: the budget allows a few hundred, not a thousand
		assertTrue(suggested * declared <= SuggestionBudget.NAMES_PER_FILE, suggested + " searches of more than " + declared + " names each");
		assertEquals(0, resource.suggestionBudget().remaining(), "the budget is spent");
		// a scope costs its whole size as soon as it is read: once the budget is spent none is
		int scopesRead = CountingMessages.SCOPES_READ.get();
		assertTrue(scopesRead <= suggested + 1, scopesRead + " scopes read: more than the searches that suggested and one cut short");

		// linking the file again (an edit) gives it a new budget: the first name is suggested again
		resource.update(text.indexOf("within x10000") + "within ".length(), 1, "y");
		EcoreUtil.resolveAll(resource);
		assertTrue(resource.getErrors().get(0).getMessage().contains("did you mean 'a10000'"), resource.getErrors().get(0).getMessage());
	}

	/**
	 * A resource of another kind than GovModel's (a tool that binds Xtext's own) has no budget of its own: its
	 * searches are bounded all the same, by one budget kept on the resource, rather than each by a new one.
	 */
	@Test
	void theSearchesOfAnotherKindOfResourceAreBoundedToo() throws Exception {
		Injector injector = countingInjector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		injector.getInstance(StandardLibrary.class).loadInto(resourceSet);
		LazyLinkingResource resource = injector.getInstance(LazyLinkingResource.class);
		assertFalse(resource instanceof GovModelResource);
		resource.setURI(URI.createURI("memory:/plain.govmodel"));
		resourceSet.getResources().add(resource);
		CountingMessages.SCOPES_READ.set(0);
		resource.load(new StringInputStream(typos(), "UTF-8"), resourceSet.getLoadOptions());
		EcoreUtil.resolveAll(resource);

		List<String> messages = resource.getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertEquals(UNRESOLVED, messages.size(), "one error per unresolved name");
		long suggested = messages.stream().filter(m -> m.contains("did you mean")).count();
		assertTrue(messages.get(0).contains("did you mean 'a10000'"), messages.get(0));
		assertTrue(suggested * DECLARED <= SuggestionBudget.NAMES_PER_FILE, suggested + " searches of more than " + DECLARED + " names each");
		assertTrue(CountingMessages.SCOPES_READ.get() <= suggested + 1, CountingMessages.SCOPES_READ.get() + " scopes read for " + suggested + " suggestions");
	}
}
