package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example hook of docs/git/pre-commit, installed in a real repository and run by git itself. */
class PreCommitHookTest {

	@TempDir
	Path folder;

	@Test
	void theHookRefusesUnformattedOrBrokenModelsAndLetsGoodOnesThrough() throws Exception {
		GitRepository repo = new GitRepository(folder);
		Path hook = folder.resolve(".git/hooks/pre-commit");
		Files.createDirectories(hook.getParent());
		Files.copy(Path.of("../docs/git/pre-commit"), hook, StandardCopyOption.REPLACE_EXISTING);
		hook.toFile().setExecutable(true);
		// the hook splits GOVMODEL into words, as a shell user's "java -jar ..." would be
		Map<String, String> env = Map.of("GOVMODEL", GitRepository.govmodelCommand().replace("'", ""));
		String good = Files.readString(Path.of("../examples/starter.govmodel"), StandardCharsets.UTF_8);

		Files.writeString(folder.resolve("model.govmodel"), good);
		repo.run(env, "add", "-A");
		repo.run(env, "commit", "-q", "-m", "starter");
		assertEquals("starter\n", repo.git("log", "--format=%s"));

		Files.writeString(folder.resolve("model.govmodel"), good.replace("    ", "\t"));
		repo.run(env, "add", "-A");
		IllegalStateException unformatted = assertThrows(IllegalStateException.class, () -> repo.run(env, "commit", "-q", "-m", "tabs"));
		assertTrue(unformatted.getMessage().contains("not canonically formatted"), unformatted.getMessage());

		Files.writeString(folder.resolve("model.govmodel"), good + "institution lost \"Lost\" agency public within nowhere\n");
		repo.run(env, "add", "-A");
		IllegalStateException broken = assertThrows(IllegalStateException.class, () -> repo.run(env, "commit", "-q", "-m", "broken"));
		assertTrue(broken.getMessage().contains("model.govmodel:"), broken.getMessage());
		assertTrue(broken.getMessage().contains("[GOV-LINK-001]"), broken.getMessage());
		assertTrue(broken.getMessage().contains("the staged models have errors"), broken.getMessage());
		assertEquals("starter\n", repo.git("log", "--format=%s"), "nothing was committed");
	}
}
