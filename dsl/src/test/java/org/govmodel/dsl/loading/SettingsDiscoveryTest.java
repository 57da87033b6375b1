package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The one rule for which files are models and which govmodel.json applies to a model, and the
 * precedence defaults &lt; govmodel.json &lt; front-end options, as {@link ModelLoader} applies them.
 * The same fixture is checked through the CLI, the language server, the Maven plugin and Eclipse.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class SettingsDiscoveryTest {

	static final Path PARITY = Path.of("src/test/resources/settings-parity").toAbsolutePath();

	@Inject
	private ModelLoader loader;

	@TempDir
	Path root;

	@Test
	void theParityFolderGivesTheExpectedDiagnostics() throws Exception {
		List<Path> files = ModelFiles.collect(List.of(PARITY));
		assertEquals(List.of("a.govmodel", "nested/b.govmodel", "nested/deeper/c.govmodel"),
				files.stream().map(file -> PARITY.relativize(file).toString().replace('\\', '/')).toList(), "nested/bin is build output");
		assertEquals(expected(), lines(loader.check(files, List.of()).diagnostics()));
	}

	@Test
	void frontEndOptionsGoOverEverySettingsFile() throws Exception {
		List<Path> files = ModelFiles.collect(List.of(PARITY));
		List<String> lines = lines(loader.check(files, List.of(new RuleSetting("GOV-AUTO-001", "info", "--rule", 1, 1))).diagnostics());
		assertTrue(lines.contains("a.govmodel:1:23 info GOV-AUTO-001"), lines.toString());
		assertTrue(lines.contains("nested/b.govmodel:1:23 info GOV-AUTO-001"), "over nested/govmodel.json's off too: " + lines);
		assertTrue(lines.contains("nested/deeper/c.govmodel:1:23 info GOV-AUTO-001"), lines.toString());
	}

	@Test
	void theNearestSettingsFileAboveAModelApplies() throws IOException {
		Path model = Files.createDirectories(root.resolve("a/b")).resolve("m.govmodel");
		assertEquals(Optional.empty(), SettingsFile.applyingTo(model));
		Files.writeString(root.resolve("govmodel.json"), "{}");
		assertEquals(Optional.of(root.resolve("govmodel.json")), SettingsFile.applyingTo(model));
		Files.writeString(root.resolve("a/govmodel.json"), "{}");
		assertEquals(Optional.of(root.resolve("a/govmodel.json")), SettingsFile.applyingTo(model));
	}

	@Test
	void noSettingsFileIsLookedForAboveTheRepositoryRoot() throws IOException {
		Files.writeString(root.resolve("govmodel.json"), "{}");
		Path repository = Files.createDirectories(root.resolve("repository"));
		Files.createDirectories(repository.resolve(".git"));
		Path model = Files.createDirectories(repository.resolve("models")).resolve("m.govmodel");
		assertEquals(Optional.empty(), SettingsFile.applyingTo(model));
		Files.writeString(repository.resolve("govmodel.json"), "{}");
		assertEquals(Optional.of(repository.resolve("govmodel.json")), SettingsFile.applyingTo(model));
	}

	@Test
	void buildOutputDependenciesAndHiddenFoldersAreSkipped() {
		for (String skipped : List.of("target/m.govmodel", "a/bin/m.govmodel", "node_modules/x/m.govmodel", ".git/m.govmodel", "a/.hidden.govmodel")) {
			assertTrue(SkippedFolders.contains(Path.of(skipped)), skipped);
		}
		for (String kept : List.of("m.govmodel", "targets/m.govmodel", "a/binary/m.govmodel", "models/target.govmodel")) {
			assertFalse(SkippedFolders.contains(Path.of(kept)), kept);
		}
	}

	/** The lines every front end must report for the parity folder. */
	static List<String> expected() throws IOException {
		return Files.readAllLines(PARITY.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8);
	}

	private static List<String> lines(List<ModelDiagnostic> diagnostics) {
		return diagnostics.stream().map(d -> PARITY.relativize(Path.of(d.path()).toAbsolutePath()).toString().replace('\\', '/') + ":" + d.line() + ":"
				+ d.column() + " " + d.severityName() + " " + d.ruleId()).sorted().toList();
	}
}
