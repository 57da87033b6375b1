package org.govmodel.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.PlatformUI;
import org.govmodel.dsl.ui.GovModelFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** plugin.xml as the platform reads it: the content type, the editor binding, and every contribution's class. */
class WiringTest {

	@Test
	void govmodelFilesHaveTheirContentTypeAndOpenInTheGenericEditor() {
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("model." + GovModelFiles.EXTENSION);
		assertNotNull(type);
		assertEquals(GovModelFiles.CONTENT_TYPE, type.getId());
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor",
				PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("model.govmodel", type).getId());
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.eclipse.ui.genericeditor.presentationReconcilers", "org.eclipse.ui.genericeditor.reconcilers",
			"org.eclipse.ui.genericeditor.contentAssistProcessors", "org.eclipse.ui.genericeditor.hoverProviders",
			"org.eclipse.ui.workbench.texteditor.hyperlinkDetectors", "org.eclipse.ui.ide.markerResolution", "org.eclipse.ui.handlers" })
	void everyContributionsClassLoads(String extensionPoint) throws Exception {
		List<IConfigurationElement> ours = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(extensionPoint))
				.filter(element -> element.getContributor().getName().equals("org.govmodel.dsl.ui")).toList();
		assertTrue(!ours.isEmpty(), "nothing contributed to " + extensionPoint);
		for (IConfigurationElement element : ours) {
			assertNotNull(element.createExecutableExtension("class"), element.getAttribute("class"));
			String contentType = element.getAttribute("contentType");
			assertTrue(contentType == null || contentType.equals(GovModelFiles.CONTENT_TYPE), contentType);
		}
	}
}
