package org.govmodel.generators;

import java.util.List;
import java.util.Set;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ParallelChecking;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.docs.DocsGenerator;
import org.govmodel.generators.json.ModelJson;
import org.govmodel.generators.json.ModelJsonSchema;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.generators.scorecards.ScorecardGenerator;
import org.govmodel.generators.site.PageManifest;
import org.govmodel.generators.site.PageRedirects;

import com.google.inject.Inject;

/** Every report of checked models, by output family: what `govmodel generate` and the build plugins write. */
public class Reports {

	/** The report families, as users name them in --only and in build configuration. */
	public enum Output {
		docs, diagrams, scorecards, json
	}

	@Inject
	private DocsGenerator docs;

	@Inject
	private ParallelChecking parallelChecking;

	@Inject
	private DiagramGenerator diagrams;

	@Inject
	private ScorecardGenerator scorecards;

	@Inject
	private ModelJson modelJson;

	@Inject
	private PageRedirects redirects;

	/**
	 * @param models      the user's models, free of errors
	 * @param diagnostics the remaining findings (warnings, infos), shown in the documentation
	 */
	public Artifacts generate(List<Model> models, List<ModelDiagnostic> diagnostics, Set<Output> outputs) {
		return generate(models, diagnostics, outputs, ReportOptions.defaults());
	}

	/**
	 * @param models      the user's models, free of errors
	 * @param diagnostics the remaining findings (warnings, infos), shown to the review audience
	 * @param options     the readers' language and audience
	 */
	public Artifacts generate(List<Model> models, List<ModelDiagnostic> diagnostics, Set<Output> outputs, ReportOptions options) {
		return generate(models, diagnostics, outputs, options, PageManifest.NONE);
	}

	/**
	 * @param previous the page manifest of the output this run replaces (see {@link OutputFolder#previous}): the
	 *                 pages it lists that this run does not write are kept as pages leading to the element's new
	 *                 page (renamed) or saying it was removed
	 */
	public Artifacts generate(List<Model> models, List<ModelDiagnostic> diagnostics, Set<Output> outputs, ReportOptions options,
			PageManifest previous) {
		Artifacts artifacts = new Artifacts();
		generate(models, diagnostics, outputs, options, previous, artifacts);
		return artifacts;
	}

	/**
	 * @param previous  see {@link #generate(List, List, Set, ReportOptions, PageManifest)}
	 * @param artifacts where the reports go: in memory, or written as they are made ({@link Artifacts#writingTo})
	 */
	public void generate(List<Model> models, List<ModelDiagnostic> diagnostics, Set<Output> outputs, ReportOptions options, PageManifest previous,
			Artifacts artifacts) {
		prepareForThreads(models);
		if (outputs.contains(Output.diagrams)) {
			diagrams.generate(models, options, outputs.contains(Output.docs), artifacts);
		}
		if (outputs.contains(Output.scorecards)) {
			scorecards.generate(models, artifacts, options);
		}
		if (outputs.contains(Output.json)) {
			artifacts.add("json/model.json", modelJson.render(models));
			artifacts.add("json/model.schema.json", ModelJsonSchema.render());
		}
		if (outputs.contains(Output.docs)) {
			// last: the site and its home link to the other reports this run wrote
			docs.generate(models, diagnostics, options, artifacts);
		}
		if (outputs.contains(Output.docs) || outputs.contains(Output.scorecards)) {
			// after every page: those the previous output had and this run does not write are kept
			redirects.add(artifacts, previous, options.language());
		}
	}

	/**
	 * The generators read the models from several threads (one per subject or diagram): what reading would write
	 * (lazy references resolved into the models, each resource's cache of names attached) is done first, before
	 * any of them starts, by {@link ParallelChecking}, as for checking.
	 */
	private void prepareForThreads(List<Model> models) {
		if (!models.isEmpty()) {
			parallelChecking.prepare(models.get(0).eResource().getResourceSet());
		}
	}
}
