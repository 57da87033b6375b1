package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code ./govmodel}) as a user runs it, on the jar this build packaged (this test runs after the
 * package phase): the bound it gives Java's heap, and that a bound the user gives replaces it.
 */
class LauncherTest {

	private static final Path LAUNCHER = Path.of("..", "govmodel").toAbsolutePath().normalize();
	private static final Pattern MAX_HEAP = Pattern.compile("size_t MaxHeapSize\\s+= (\\d+)\\s+\\{product\\} \\{([a-z ]+)\\}");
	private static final long MIB = 1024L * 1024;

	@Test
	void theHeapIsBoundToOneAndAHalfGigabytesUnlessTheUserGivesABoundOfTheirOwn() throws Exception {
		assertTrue(Files.isRegularFile(Path.of("target", "govmodel.jar")), "the packaged jar");
		assertEquals(1536 * MIB, maxHeap(""), "the launcher's bound");
		assertEquals(3072 * MIB, maxHeap("-Xmx3g"), "the user's -Xmx replaces it");
		assertEquals(2048 * MIB, maxHeap("-XX:MaxHeapSize=2g"), "and so does -XX:MaxHeapSize");
		// a share of the machine's memory is a bound too: the launcher's -Xmx would silently override it
		long share = maxHeap("-XX:MaxRAMPercentage=10");
		assertTrue(share != 1536 * MIB, "the user's MaxRAMPercentage decides: " + share);
	}

	/** Java's largest heap under the launcher, with the options given in GOVMODEL_JAVA_OPTS. */
	private static long maxHeap(String options) throws IOException, InterruptedException {
		ProcessBuilder run = new ProcessBuilder("bash", LAUNCHER.toString(), "--version").redirectErrorStream(true);
		Map<String, String> environment = run.environment();
		// neither the start-up archive (ten seconds to make) nor the background process is what is tested here
		environment.put("GOVMODEL_CDS", "off");
		environment.put("GOVMODEL_DAEMON", "off");
		environment.put("GOVMODEL_JAVA_OPTS", (options + " -XX:+PrintFlagsFinal").strip());
		Process process = run.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		assertTrue(output.contains("govmodel "), "the command ran: " + output.lines().filter(l -> l.startsWith("govmodel")).toList());
		Matcher heap = MAX_HEAP.matcher(output);
		assertTrue(heap.find(), "Java printed its flags");
		return Long.parseLong(heap.group(1));
	}
}
