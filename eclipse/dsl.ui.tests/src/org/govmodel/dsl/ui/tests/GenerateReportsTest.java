package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.Command;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.generate.GenerateReportsHandler;
import org.govmodel.dsl.ui.generate.ReportGeneration;
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
}
