package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.Command;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.generate.GenerateReportsHandler;
import org.govmodel.dsl.ui.generate.ReportGeneration;
import org.govmodel.dsl.ui.i18n.UiMessages;
import org.osgi.framework.Bundle;
import org.junit.jupiter.api.Test;

/** "Generate reports" writes what `govmodel generate` writes, and nothing from a model with errors. */
class GenerateReportsTest {

	@Test
	void theCommandOnTheProjectWritesEveryReportFamily() throws Exception {
		IProject project = examples();
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.govmodel.dsl.ui.generateReports");
		IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(false), new StructuredSelection(project));
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
		handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
		Job.getJobManager().join(GenerateReportsHandler.FAMILY, null);

		IFolder reports = project.getFolder(ReportGeneration.FOLDER);
		for (String file : List.of("docs/cordoba/index.html", "docs/cordoba/index.md", "json/model.json", "json/model.schema.json",
				"scorecards/scores.csv", "scorecards/index.md")) {
			assertTrue(reports.getFile(file).exists(), file + " in " + reports.getFullPath());
		}
		assertTrue(reports.getFolder("diagrams").members().length > 0);
	}

	/** Generating again after a rename keeps the body's old page, as a page that leads to its new one. */
	@Test
	void aRenamedBodysOldPageLeadsToItsNewPage() throws Exception {
		IProject project = examples();
		ReportGeneration generation = GovModelUiPlugin.get(ReportGeneration.class);
		assertTrue(generation.generate(List.of(project), null).written());
		IFile cordoba = project.getFile("cordoba-2023.govmodel");
		String renamed = new String(cordoba.getContents().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\bsecGD\\b", "secretariaGD");
		cordoba.setContents(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), true, false, null);
		ReportGeneration.Result again = generation.generate(List.of(project), null);
		assertTrue(again.written(), again.problems().toString());

		IFolder bodies = project.getFolder(ReportGeneration.FOLDER).getFolder("docs/cordoba/bodies");
		assertTrue(bodies.getFile("secretariaGD.html").exists());
		IFile old = bodies.getFile("secGD.html");
		assertTrue(old.exists(), "the old address is kept");
		String redirect = new String(old.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(redirect.contains("url=secretariaGD.html") && redirect.contains("href=\"secretariaGD.html\""), redirect);
	}

	@Test
	void aModelWithErrorsWritesNothing() throws Exception {
		IProject project = examples();
		create(project, "broken.govmodel", "institution office \"Office\" directorate public within nowhere\n");
		ReportGeneration.Result result = GovModelUiPlugin.get(ReportGeneration.class).generate(List.of(project), null);
		assertFalse(result.written());
		assertTrue(result.problems().stream().anyMatch(p -> p.contains("broken.govmodel:1:") && p.contains("[GOV-LINK-001]")), result.problems().toString());
		assertFalse(project.getFolder(ReportGeneration.FOLDER).exists());
	}

	/** As govmodel generate without --lang: the reports are in the language the jurisdiction declares (Córdoba: {@code language es}). */
	@Test
	void theReportsAreInTheLanguageTheJurisdictionDeclares() throws Exception {
		IProject project = examples();
		ReportGeneration.Result result = GovModelUiPlugin.get(ReportGeneration.class).generate(List.of(project.getFile("cordoba-2023.govmodel")), null);
		assertTrue(result.written(), result.problems().toString());
		IFile home = project.getFolder(ReportGeneration.FOLDER).getFile("docs/cordoba/index.html");
		String html = new String(home.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"es\">"), html.substring(0, Math.min(300, html.length())));
	}

	/**
	 * As govmodel generate prints them: when two jurisdictions declare different languages, the reports are still
	 * written (in English) and the user is told why, at the declaration, in the status of the job.
	 */
	@Test
	void jurisdictionsThatDisagreeOnTheLanguageAreReported() throws Exception {
		IProject project = examples();
		create(project, "brasilia.govmodel", "jurisdiction brasilia \"Distrito Federal\" province {\n    language pt\n}\n");
		ReportGeneration.Result result = GovModelUiPlugin.get(ReportGeneration.class).generate(List.of(project), null);
		assertTrue(result.written(), result.problems().toString());
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("[GOV-LANG-003]") && w.contains(".govmodel:")), result.warnings().toString());
		String html = new String(project.getFolder(ReportGeneration.FOLDER).getFile("docs/cordoba/index.html").getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"en\">"), html.substring(0, Math.min(300, html.length())));
	}

	/** The words of plugin.xml and of the commands exist in English, Spanish and Portuguese, and the workbench shows them. */
	@Test
	void theEditorsWordsExistInEveryLanguage() throws Exception {
		Bundle ui = Platform.getBundle(GovModelUiPlugin.ID);
		// plugin*.properties are files of the plug-in (Bundle-Localization), the ui bundle is on its class path
		java.util.function.Function<String, URL> pluginFile = ui::getEntry;
		java.util.function.Function<String, URL> classPathFile = ui::getResource;
		for (var bundle : java.util.Map.of("plugin", pluginFile, "org/govmodel/dsl/ui/i18n/ui", classPathFile).entrySet()) {
			Set<String> english = keys(bundle.getValue().apply(bundle.getKey() + ".properties"), bundle.getKey());
			assertFalse(english.isEmpty(), bundle.getKey());
			for (String suffix : List.of("_es", "_pt")) {
				assertEquals(english, keys(bundle.getValue().apply(bundle.getKey() + suffix + ".properties"), bundle.getKey() + suffix), bundle.getKey() + suffix);
			}
		}
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.govmodel.dsl.ui.generateReports");
		assertEquals("Generate Reports", command.getName(), "plugin.xml's %keys are resolved (Bundle-Localization)");
		assertEquals("2 archivos escritos en /p/reports",
				Messages.load("org.govmodel.dsl.ui.i18n.ui", UiMessages.class, Language.ES).text("generate.written", "count", 2, "folder", "/p/reports"));
		assertEquals("1 arquivo gravado em /p/reports",
				Messages.load("org.govmodel.dsl.ui.i18n.ui", UiMessages.class, Language.PT).text("generate.written", "count", 1, "folder", "/p/reports"));
	}

	private static Set<String> keys(URL entry, String name) throws IOException {
		assertTrue(entry != null, name + " in the plug-in");
		Properties properties = new Properties();
		try (InputStreamReader in = new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties.stringPropertyNames();
	}
}
