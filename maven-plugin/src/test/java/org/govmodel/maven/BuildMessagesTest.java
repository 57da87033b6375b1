package org.govmodel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.BundleFiles;
import org.junit.jupiter.api.Test;

class BuildMessagesTest {

	/** Every key in English, Spanish and Portuguese, each a valid ICU pattern with the English one's arguments. */
	@Test
	void everyMessageExistsInEveryLanguage() throws Exception {
		BundleFiles.assertCompleteAndValid("/org/govmodel/maven/i18n/build");
	}

	@Test
	void countsAreWordedForOneAndForMany() {
		assertEquals("1 error in the models; the first at m.govmodel:3:11 [GOV-LINK-001]: Unknown 'x'",
				BuildMessages.of(Language.EN).text("failed.errors", "count", 1, "place", "m.govmodel:3:11", "rule", "GOV-LINK-001", "message", "Unknown 'x'"));
		assertEquals("O GovModel gravou 2 arquivos em out", BuildMessages.of(Language.PT).text("wrote", "count", 2, "folder", "out"));
		assertEquals("Los informes de GovModel están al día (1 archivo de modelo sin cambios): no hay nada que generar.",
				BuildMessages.of(Language.ES).text("upToDate", "count", 1));
	}
}
