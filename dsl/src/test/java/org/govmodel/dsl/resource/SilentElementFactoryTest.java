package org.govmodel.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.govmodel.dsl.GovModelStandaloneSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The parser makes its elements without change notification ({@code SilentElementFactory});
 * whoever reads the model afterwards (Eclipse's views, EMF's content adapters) must see every
 * element notify, after a whole parse and after an editor's partial one.
 */
class SilentElementFactoryTest {

	private static Injector injector;

	@BeforeAll
	static void createInjector() {
		injector = new GovModelStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private static XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/m.govmodel"));
		resource.load(new StringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
		return resource;
	}

	private static List<EObject> silent(XtextResource resource) {
		List<EObject> silent = new ArrayList<>();
		resource.getAllContents().forEachRemaining(element -> {
			if (!element.eDeliver()) {
				silent.add(element);
			}
		});
		return silent;
	}

	@Test
	void everyElementNotifiesAfterAWholeAndAPartialParse() throws IOException {
		String text = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		XtextResource resource = load(text);
		assertTrue(resource.getAllContents().hasNext());
		assertEquals(List.of(), silent(resource), "after the whole parse");
		int at = text.indexOf("administration term 4 years");
		assertTrue(at > 0);
		resource.update(at + "administration term ".length(), 1, "6");
		assertTrue(resource.getParseResult().getRootNode().getText().contains("administration term 6 years"));
		assertEquals(List.of(), silent(resource), "after the partial parse");
	}

	@Test
	void aContentAdapterHearsChangesToParsedElements() throws IOException {
		XtextResource resource = load("institution a \"Agency A\" ministry\n");
		AtomicInteger heard = new AtomicInteger();
		resource.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					heard.incrementAndGet();
				}
			}
		});
		EObject institution = resource.getContents().get(0).eContents().get(0);
		institution.eSet(institution.eClass().getEStructuralFeature("title"), "Agency B");
		assertEquals(1, heard.get());
	}
}
