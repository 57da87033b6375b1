package org.govmodel.dsl.validation;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.validation.SeverityConverter;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.loading.FileStamp;
import org.govmodel.dsl.loading.SettingsFile;
import org.govmodel.dsl.loading.SettingsLayer;
import org.govmodel.dsl.util.ResourceSetAdapters;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;

/**
 * The rule severities ({@code off}, {@code info}, {@code warning}, {@code error}) that apply to
 * each model of a resource set, attached to it. Three layers, each over the one before: the
 * rules' defaults; the {@code govmodel.json} that applies to the model's file
 * ({@link SettingsFile#applyingTo}, read once per file); the front end's options (editor
 * settings, Maven {@code <rules>}, {@code --settings} and {@code --rule}), set with
 * {@link #set}. Validation reads them through {@link RuleSeverityPreferences}. Every front end
 * goes through this class, so the same folder gets the same severities everywhere
 * (docs/architecture.md, "Finding models and settings").
 */
public final class RuleSettings extends AdapterImpl {

	/** The words users write. */
	public static final List<String> SEVERITIES = List.of("off", "info", "warning", "error");

	private final Map<String, String> options = new LinkedHashMap<>();

	private final Map<Path, Optional<Path>> settingsFileByFolder = new ConcurrentHashMap<>();

	private final Map<Path, SettingsLayer> layers = new ConcurrentHashMap<>();

	/** Each settings file read, as it was on disk when read (see {@link #changedOnDisk}). */
	private final Map<Path, FileStamp> stamps = new ConcurrentHashMap<>();

	private volatile Function<URI, Path> locations = RuleSettings::fileOf;

	/**
	 * Sets a rule's severity as a front end's option, over every {@code govmodel.json}.
	 *
	 * @return null when accepted, else a message saying what is wrong
	 */
	public String set(String ruleId, String severity) {
		String problem = problem(ruleId, severity, DiagnosticLanguage.messages(language()));
		if (problem == null) {
			options.put(ruleId, xtextSeverity(severity));
		}
		return problem;
	}

	/**
	 * Why a setting cannot be applied (a rule id that does not exist, a rule whose severity is
	 * fixed, a severity that does not exist), or null when it can.
	 */
	public static String problem(String ruleId, String severity, Messages messages) {
		Rule rule = RuleCatalog.byId(ruleId).orElse(null);
		if (rule == null) {
			return messages.text("GOV-CONFIG-001.rule", "rule", String.valueOf(ruleId));
		}
		if (!rule.configurable()) {
			return messages.text("GOV-CONFIG-001.fixed", "rule", ruleId);
		}
		if (!SEVERITIES.contains(level(severity))) {
			return messages.text("GOV-CONFIG-001.severity", "severity", String.valueOf(severity), "rule", ruleId, "severities", String.join(", ", SEVERITIES));
		}
		return null;
	}

	/** A severity a user wrote, as Xtext names it ({@code off} is {@code ignore}). */
	public static String xtextSeverity(String severity) {
		String level = level(severity);
		return level.equals("off") ? SeverityConverter.SEVERITY_IGNORE : level;
	}

	private static String level(String severity) {
		return severity == null ? "" : severity.toLowerCase(Locale.ROOT).strip();
	}

	/** Forgets the options and the settings files read (before they are read again). */
	public void clear() {
		options.clear();
		settingsFileByFolder.clear();
		layers.clear();
		stamps.clear();
	}

	/** The front end's options, as Xtext's severity names. */
	public Map<String, String> options() {
		return Collections.unmodifiableMap(options);
	}

	/**
	 * How the front end's model URIs map to files on disk (by default: {@code file:} URIs; Eclipse
	 * maps its {@code platform:/resource} URIs), for finding each model's {@code govmodel.json}.
	 */
	public void locateModelsWith(Function<URI, Path> locations) {
		this.locations = locations;
	}

	/** The file of a model's URI, or null when it has none on disk. */
	public Path fileOf(Resource resource) {
		return resource == null || resource.getURI() == null ? null : locations.apply(resource.getURI());
	}

	/** The settings file that applies to a model file, remembered per folder. */
	public Optional<Path> settingsFileOf(Path model) {
		Path folder = model.toAbsolutePath().normalize().getParent();
		if (folder == null) {
			return Optional.empty();
		}
		return settingsFileByFolder.computeIfAbsent(folder, SettingsFile::applyingToModelsIn);
	}

	/** The checked content of the settings file that applies to a model file, if any. */
	public Optional<SettingsLayer> layerOf(Path model) {
		return settingsFileOf(model).map(file -> layers.computeIfAbsent(file, f -> {
			stamps.put(f, FileStamp.of(f)); // before reading: a change made while reading is seen next time
			return SettingsLayer.read(f, language());
		}));
	}

	/**
	 * Whether the settings on disk are no longer those these settings were found and read from: a
	 * {@code govmodel.json} created or deleted between a model's folder and its repository root
	 * (which no front end may be watching: the folders above an editor's workspace are not), or a
	 * settings file read here that now says something else. Cheap enough to ask before every
	 * request: a few file-existence checks per model folder, and a file is read again only if its
	 * modification time or size changed. When true, the caller {@link #clear}s and validates again.
	 */
	public boolean changedOnDisk() {
		for (Map.Entry<Path, Optional<Path>> found : settingsFileByFolder.entrySet()) {
			if (!SettingsFile.applyingToModelsIn(found.getKey()).equals(found.getValue())) {
				return true;
			}
		}
		for (SettingsLayer layer : layers.values()) {
			FileStamp now = FileStamp.of(layer.file());
			if (now.equals(stamps.get(layer.file()))) {
				continue;
			}
			SettingsLayer reread = SettingsLayer.read(layer.file(), language());
			if (!reread.severities().equals(layer.severities()) || !reread.problems().equals(layer.problems())) {
				return true;
			}
			stamps.put(layer.file(), now); // touched, or rewritten with the same settings
		}
		return false;
	}

	/** Every settings file read so far, in path order. */
	public List<SettingsLayer> layersRead() {
		return layers.values().stream().sorted(Comparator.comparing(SettingsLayer::file)).toList();
	}

	/** The severities that apply to a model: its settings file's, then the options over them. */
	public Map<String, String> severitiesOf(Resource resource) {
		Map<String, String> result = new HashMap<>();
		Path file = fileOf(resource);
		if (file != null) {
			layerOf(file).ifPresent(layer -> result.putAll(layer.severities()));
		}
		result.putAll(options);
		return result;
	}

	private Language language() {
		return getTarget() instanceof ResourceSet set ? DiagnosticLanguage.of(set) : Language.EN;
	}

	private static Path fileOf(URI uri) {
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}

	/** The settings attached to a resource set, created empty if there are none. */
	public static RuleSettings of(ResourceSet resourceSet) {
		return ResourceSetAdapters.attached(resourceSet, RuleSettings.class, RuleSettings::new);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RuleSettings.class;
	}
}
