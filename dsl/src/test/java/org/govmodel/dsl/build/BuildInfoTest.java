package org.govmodel.dsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The version and commit every front end reports are the ones Maven and git know. */
class BuildInfoTest {

	@Test
	void theBuildKnowsTheProjectVersionAndTheCommitGitIsAt() throws Exception {
		BuildInfo build = BuildInfo.current();
		assertEquals(System.getProperty("govmodel.version"), build.version(), "the version is the POM's");
		Optional<String> head = gitHead();
		if (head.isPresent()) {
			assertTrue(build.commit().isPresent(), "built in a git clone, the commit is known");
			assertTrue(head.get().startsWith(build.commit().get()), build.commit().get() + " is not HEAD " + head.get());
			assertTrue(build.describe().startsWith(build.version() + " (commit " + build.commit().get()), build.describe());
		} else {
			assertEquals(build.version() + " (unknown commit)", build.describe());
		}
	}

	@Test
	void aBuildWithoutGitSaysSoInsteadOfShowingAPlaceholder() {
		assertEquals("0.3.0 (unknown commit)", BuildInfo.from("0.3.0", "").describe());
		assertEquals("0.3.0 (unknown commit)", BuildInfo.from("0.3.0", null).describe());
		assertEquals("(unknown version) (unknown commit)", BuildInfo.from("${project.version}", null).describe());
	}

	@Test
	void aBuildFromGitNamesItsCommit() {
		assertEquals("0.3.0 (commit 80ea29d)", BuildInfo.from("0.3.0", "80ea29d\n").describe());
	}

	/** The full id of the commit the sources are at, when they are in a git clone and git is installed. */
	private static Optional<String> gitHead() throws InterruptedException {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(Path.of("").toAbsolutePath().toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
		} catch (IOException noGit) {
			return Optional.empty();
		}
	}
}
