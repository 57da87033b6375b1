package org.govmodel.dsl.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.govmodel.dsl.validation.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RuleSettings#changedOnDisk}: what an editor asks before each request, so that a
 * govmodel.json nobody watches (above the workspace or project) is followed when it is created,
 * edited or deleted, while an untouched one is not read again.
 */
class SettingsChangesOnDiskTest {

	@TempDir
	Path root;

	@Test
	void aSettingsFileCreatedAboveTheModelsIsNoticed() throws Exception {
		Files.createDirectory(root.resolve(".git"));
		Path model = Files.createDirectories(root.resolve("project/models")).resolve("a.govmodel");
		RuleSettings settings = new RuleSettings();
		assertEquals(Map.of(), severities(settings, model));
		assertFalse(settings.changedOnDisk(), "nothing changed yet");

		write(root.resolve("govmodel.json"), "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }");
		assertTrue(settings.changedOnDisk(), "a settings file now applies where none did");
		settings.clear();
		assertEquals(Map.of("GOV-TIER-001", "error"), severities(settings, model));
		assertFalse(settings.changedOnDisk());

		write(root.resolve("project/govmodel.json"), "{ \"rules\": { \"GOV-TIER-001\": \"info\" } }");
		assertTrue(settings.changedOnDisk(), "a nearer settings file now applies");
		settings.clear();
		assertEquals(Map.of("GOV-TIER-001", "info"), severities(settings, model));

		Files.delete(root.resolve("project/govmodel.json"));
		assertTrue(settings.changedOnDisk(), "the nearer file is gone: the one above applies again");
		settings.clear();
		assertEquals(Map.of("GOV-TIER-001", "error"), severities(settings, model));
	}

	@Test
	void aSettingsFileAboveTheRepositoryRootIsNotLookedFor() throws Exception {
		Path repository = Files.createDirectories(root.resolve("repository"));
		Files.createDirectory(repository.resolve(".git"));
		Path model = Files.createDirectories(repository.resolve("models")).resolve("a.govmodel");
		RuleSettings settings = new RuleSettings();
		severities(settings, model);
		write(root.resolve("govmodel.json"), "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }");
		assertFalse(settings.changedOnDisk(), "outside the repository: it does not apply");
	}

	@Test
	void anEditIsNoticedButATouchIsNot() throws Exception {
		Files.createDirectory(root.resolve(".git"));
		Path file = root.resolve("govmodel.json");
		write(file, "{ \"rules\": { \"GOV-TIER-001\": \"error\" } }");
		Path model = root.resolve("a.govmodel");
		RuleSettings settings = new RuleSettings();
		severities(settings, model);

		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
		assertFalse(settings.changedOnDisk(), "touched, same settings");

		write(file, "{ \"rules\": { \"GOV-TIER-001\": \"warning\" } }");
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
		assertTrue(settings.changedOnDisk(), "rewritten with another severity");
	}

	private static Map<String, String> severities(RuleSettings settings, Path model) {
		return settings.layerOf(model).map(SettingsLayer::severities).orElse(Map.of());
	}

	private static void write(Path file, String text) throws Exception {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
