package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.govmodel.dsl.build.BuildInfo;
import org.junit.jupiter.api.Test;

/** {@code govmodel --version} names the release and the commit (see dsl's BuildInfoTest for where they come from). */
class VersionTest {

	@Test
	void printsTheProjectVersionAndTheCommit() {
		CliRun run = CliRun.of("--version");
		assertEquals(0, run.exit());
		assertEquals("govmodel " + BuildInfo.current().describe() + System.lineSeparator(), run.out());
		assertFalse(run.out().contains("development build"), run.out());
		assertEquals(System.getProperty("govmodel.version"), BuildInfo.current().version());
	}
}
