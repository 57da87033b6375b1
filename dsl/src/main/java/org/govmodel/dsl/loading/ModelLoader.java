package org.govmodel.dsl.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.Rules;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads model files with the standard library, a global name index, the rule
 * severities that apply to each file ({@link RuleSettings}: defaults, the
 * file's {@code govmodel.json}, the front end's options) and validates them:
 * the one way the CLI, the generators, the Maven plugin, Eclipse's report
 * generation and the tests read models.
 */
public class ModelLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private StandardLibrary library;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ModelIndex index;

	@Inject
	private ParallelChecking parallelChecking;

	/** Where model text comes from when not from the file system: e.g. a git revision. */
	@FunctionalInterface
	public interface Contents {
		InputStream open(Path file) throws IOException;
	}

	/** Parses the files (already collected by {@link ModelFiles}) into one resource set. */
	public LoadedModels load(List<Path> files) {
		return load(files, null);
	}

	/**
	 * Parses the files as {@link #load(List)} does, their text read from
	 * {@code contents} (null: the file system). The files keep their paths, so
	 * diagnostics and names read as for the files on disk.
	 */
	public LoadedModels load(List<Path> files, Contents contents) {
		return load(files, contents, Language.EN);
	}

	/**
	 * Parses the files as {@link #load(List, Contents)} does, with every diagnostic written in
	 * the language (see {@link DiagnosticLanguage}).
	 */
	public LoadedModels load(List<Path> files, Contents contents, Language language) {
		XtextResourceSet resourceSet = newResourceSet(language);
		List<Pending> pending = new ArrayList<>();
		List<ModelDiagnostic> unreadable = new ArrayList<>();
		// on this thread: the resource set's list of resources changes, and a content source (a git
		// revision) is read, neither of which is safe from several threads
		for (Path file : files) {
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			String display = ModelFiles.display(file);
			Resource known = resourceSet.getResource(uri, false);
			try {
				byte[] text = contents == null ? null : readAll(contents.open(file));
				pending.add(new Pending(file, display, known != null ? known : resourceSet.createResource(uri), known == null, text));
			} catch (IOException | RuntimeException e) {
				unreadable.add(unreadable(file, display, language, e));
			}
		}
		// each file is parsed into its own resource: on every core, files being independent until linked. What a parse
		// threw is kept by the file's position (a map keyed by the record would hash it, and a record's first hash
		// links its generated hashCode: time on a short run's critical path)
		List<Optional<Exception>> failures = pending.parallelStream().map(file -> parseFresh(resourceSet, file)).toList();
		List<LoadedModels.ModelFile> loaded = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			Pending file = pending.get(i);
			Optional<Exception> failure = failures.get(i);
			if (failure.isEmpty()) {
				loaded.add(new LoadedModels.ModelFile(file.path(), file.display(), (XtextResource) file.resource()));
			} else {
				resourceSet.getResources().remove(file.resource());
				unreadable.add(unreadable(file.path(), file.display(), language, failure.get()));
			}
		}
		unreadable.sort(ModelDiagnostic.BY_LOCATION);
		index(resourceSet);
		return new LoadedModels(resourceSet, List.copyOf(loaded), List.copyOf(unreadable));
	}

	/** A file to parse into its resource (null text: read from the file system). */
	private record Pending(Path path, String display, Resource resource, boolean fresh, byte[] text) {
	}

	/** Parses a file not yet in the resource set; what stopped it, if anything. */
	private static Optional<Exception> parseFresh(XtextResourceSet resourceSet, Pending file) {
		if (!file.fresh()) {
			return Optional.empty();
		}
		try {
			parse(resourceSet, file);
			return Optional.empty();
		} catch (IOException | RuntimeException e) {
			return Optional.of(e);
		}
	}

	private static void parse(XtextResourceSet resourceSet, Pending file) throws IOException {
		if (file.text() == null) {
			file.resource().load(resourceSet.getLoadOptions());
		} else {
			file.resource().load(new ByteArrayInputStream(file.text()), resourceSet.getLoadOptions());
		}
	}

	private static byte[] readAll(InputStream text) throws IOException {
		try (text) {
			return text.readAllBytes();
		}
	}

	private static ModelDiagnostic unreadable(Path file, String display, Language language, Exception e) {
		Messages messages = DiagnosticLanguage.messages(language);
		return new ModelDiagnostic(display, 1, 1, 0, Severity.ERROR, messages.text("GOV-IO-001", "cause", IoReasons.of(e, file, messages)),
				Rules.UNREADABLE_FILE, new String[0], null);
	}

	/**
	 * A resource set ready for models: diagnostics in the language, the standard library loaded,
	 * each model's rule settings found by {@link RuleSettings}. The start of every load, this
	 * class's and an editor's snapshot of a project (Eclipse); {@link #index} ends it.
	 */
	public XtextResourceSet newResourceSet(Language language) {
		XtextResourceSet resourceSet = resourceSets.get();
		DiagnosticLanguage.set(resourceSet, language);
		library.loadInto(resourceSet);
		RuleSettings.of(resourceSet);
		return resourceSet;
	}

	/**
	 * {@link #newResourceSet(Language)} for models whose URIs are not {@code file:} URIs (Eclipse's
	 * {@code platform:/resource}): {@code locations} says where each is on disk, so that its
	 * {@code govmodel.json} is found as for any other front end.
	 */
	public XtextResourceSet newResourceSet(Language language, Function<URI, Path> locations) {
		XtextResourceSet resourceSet = newResourceSet(language);
		RuleSettings.of(resourceSet).locateModelsWith(locations);
		return resourceSet;
	}

	/** Installs the global name index over every model loaded: after the last one. */
	public void index(ResourceSet resourceSet) {
		index.install(resourceSet);
	}

	/**
	 * Applies the front end's rule severities (over each file's {@code govmodel.json}) and reads
	 * the settings file of every loaded model.
	 *
	 * @return a diagnostic for each option or setting that names no rule or no severity, and for
	 *         each settings file that cannot be read
	 */
	public List<ModelDiagnostic> configure(LoadedModels models, List<RuleSetting> options) {
		RuleSettings ruleSettings = RuleSettings.of(models.resourceSet());
		List<ModelDiagnostic> problems = new ArrayList<>();
		for (RuleSetting setting : options) {
			String problem = ruleSettings.set(setting.ruleId(), setting.severity());
			if (problem != null) {
				problems.add(new ModelDiagnostic(setting.source(), setting.line(), setting.column(), setting.ruleId().length() + 2,
						Severity.WARNING, problem, Rules.UNKNOWN_RULE, new String[] { setting.ruleId() }, null));
			}
		}
		models.files().forEach(file -> ruleSettings.layerOf(file.path()));
		ruleSettings.layersRead().forEach(layer -> problems.addAll(layer.diagnostics()));
		return problems;
	}

	/** Models loaded with settings applied, and every diagnostic (settings problems included), sorted by location. */
	public record Checked(LoadedModels models, List<ModelDiagnostic> diagnostics) {
		public boolean hasErrors() {
			return diagnostics.stream().anyMatch(ModelDiagnostic::isError);
		}

		/** Why a settings file of the models could not be read at all, if one could not (the first in path order). */
		public Optional<SettingsFile.InvalidSettingsException> unusableSettings() {
			return RuleSettings.of(models.resourceSet()).layersRead().stream().flatMap(layer -> layer.unusable().stream()).findFirst();
		}
	}

	/**
	 * Loads the files, applies the rule settings (each file's {@code govmodel.json}, then the front
	 * end's {@code options}) and validates: what every front end does first.
	 */
	public Checked check(List<Path> files, List<RuleSetting> settings) {
		return check(files, settings, null);
	}

	/** {@link #check(List, List)} with the files' text read from {@code contents}. */
	public Checked check(List<Path> files, List<RuleSetting> settings, Contents contents) {
		return check(files, settings, contents, Language.EN);
	}

	/** {@link #check(List, List, Contents)} with every diagnostic written in the language. */
	public Checked check(List<Path> files, List<RuleSetting> settings, Contents contents, Language language) {
		LoadedModels models = load(files, contents, language);
		List<ModelDiagnostic> diagnostics = new ArrayList<>(configure(models, settings));
		diagnostics.addAll(validate(models));
		diagnostics.sort(ModelDiagnostic.BY_LOCATION);
		return new Checked(models, List.copyOf(diagnostics));
	}

	/**
	 * A check's diagnostics written in another language, for reports that show them in theirs (a review site whose
	 * language the models chose, not the console's or build log's). The files are checked again in that language with
	 * the same settings, since syntax and link errors are worded as the files are parsed; the check's own list is
	 * returned when it is empty or already in that language, so the second check costs only when it changes words.
	 *
	 * @param checked  the check whose findings are wanted
	 * @param files    the files it checked, {@code settings} and {@code contents} as given to it
	 */
	public List<ModelDiagnostic> diagnosticsIn(Language language, Checked checked, List<Path> files, List<RuleSetting> settings,
			Contents contents) {
		if (checked.diagnostics().isEmpty() || DiagnosticLanguage.of(checked.models().resourceSet()) == language) {
			return checked.diagnostics();
		}
		return check(files, settings, contents, language).diagnostics();
	}

	/**
	 * Every diagnostic of the user's files (syntax, linking, rules), sorted by location. The files are checked on
	 * every core ({@link ParallelChecking} says what makes that safe); each file's diagnostics are the same, in the
	 * same order, as when checked one after the other.
	 */
	public List<ModelDiagnostic> validate(LoadedModels models) {
		parallelChecking.prepare(models.resourceSet());
		List<ModelDiagnostic> result = new ArrayList<>(models.unreadable());
		models.files().parallelStream().map(this::validate).toList().forEach(result::addAll);
		result.sort(ModelDiagnostic.BY_LOCATION);
		return result;
	}

	/** One file's diagnostics, checked on the calling thread. */
	List<ModelDiagnostic> validate(LoadedModels.ModelFile file) {
		List<ModelDiagnostic> fileDiagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
			fileDiagnostics.add(toDiagnostic(file.display(), issue));
		}
		return capSyntaxErrors(fileDiagnostics, DiagnosticLanguage.messages(file.resource()));
	}

	/** Syntax errors shown per file; past them the parser's recovery mostly reports the first ones' consequences. */
	public static final int MAX_SYNTAX_ERRORS = 100;

	/**
	 * A file that is not GovModel at all (a binary, a file of another language)
	 * would give a syntax error every few characters: the first
	 * {@value #MAX_SYNTAX_ERRORS} are kept, the rest become one "and N more".
	 */
	private static List<ModelDiagnostic> capSyntaxErrors(List<ModelDiagnostic> diagnostics, Messages messages) {
		List<ModelDiagnostic> syntax = diagnostics.stream().filter(d -> d.ruleId().equals(Rules.SYNTAX)).sorted(ModelDiagnostic.BY_LOCATION).toList();
		if (syntax.size() <= MAX_SYNTAX_ERRORS) {
			return diagnostics;
		}
		List<ModelDiagnostic> kept = new ArrayList<>(diagnostics.stream().filter(d -> !d.ruleId().equals(Rules.SYNTAX)).toList());
		kept.addAll(syntax.subList(0, MAX_SYNTAX_ERRORS));
		ModelDiagnostic last = syntax.get(MAX_SYNTAX_ERRORS);
		kept.add(new ModelDiagnostic(last.path(), last.line(), last.column(), 0, Severity.ERROR,
				messages.text("GOV-SYNTAX-001.more", "count", syntax.size() - MAX_SYNTAX_ERRORS, "countText", String.valueOf(syntax.size() - MAX_SYNTAX_ERRORS)),
				Rules.SYNTAX, new String[0], null));
		return kept;
	}

	private static ModelDiagnostic toDiagnostic(String display, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		String element = issue.getUriToProblem() == null ? null : issue.getUriToProblem().toString();
		return new ModelDiagnostic(display, line, column, length, issue.getSeverity(), issue.getMessage(),
				Rules.idOf(issue.getCode()), data, element);
	}
}
