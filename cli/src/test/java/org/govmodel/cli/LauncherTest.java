package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code ./govmodel}) as a user runs it, on the jar this build packaged (this test runs after the
 * package phase): the bound it gives Java's heap, and that a size the user gives, in any of the places Java reads
 * options from, replaces it.
 */
class LauncherTest {

	private static final Path LAUNCHER = Path.of("..", "govmodel").toAbsolutePath().normalize();
	private static final Pattern MAX_HEAP = Pattern.compile("size_t MaxHeapSize\\s+= (\\d+)\\s+\\{product\\} \\{([a-z ]+)\\}");
	private static final long MIB = 1024L * 1024;
	private static final long BOUND = 1536 * MIB;

	private record Heap(long bytes, String origin) {
	}

	@Test
	void theHeapIsBoundToOneAndAHalfGigabytesUnlessTheUserSizesIt() throws Exception {
		assertTrue(Files.isRegularFile(Path.of("target", "govmodel.jar")), "the packaged jar");
		// where a quarter of the memory is less than the bound, Java's own default stays (as the launcher reads it)
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
		if (memory >= 4 * BOUND) {
			assertEquals(new Heap(BOUND, "command line"), maxHeap("", ""), "the launcher's bound");
		} else {
			assertEquals("ergonomic", maxHeap("", "").origin(), "a small machine keeps Java's default");
		}
		assertEquals(new Heap(3072 * MIB, "command line"), maxHeap("-Xmx3g", ""), "the user's -Xmx replaces it");
		assertEquals(new Heap(2048 * MIB, "command line"), maxHeap("-XX:MaxHeapSize=2g", ""), "and so does -XX:MaxHeapSize");
		assertEquals(new Heap(3072 * MIB, "command line"), maxHeap("", "-Xmx3g"), "and a bound in JAVA_TOOL_OPTIONS, read before the command line");
		// a share of the memory is a bound too, and an initial heap above the launcher's bound would stop Java
		assertEquals("ergonomic", maxHeap("-XX:MaxRAMPercentage=10", "").origin(), "the user's MaxRAMPercentage decides");
		assertEquals("ergonomic", maxHeap("-Xms2g", "").origin(), "an initial heap of 2 GB starts, with Java's own bound");
	}

	/**
	 * C1 alone, on one compiler thread; a user who brings C2 back in GOVMODEL_JAVA_OPTS, as docs/performance.md says
	 * how, gets the threads both compilers need: Java refuses to start with one.
	 */
	@Test
	void oneCompilerThreadUnlessTheUserChoosesTheCompilers() throws Exception {
		String launched = launch("", "");
		assertEquals("1", flag(launched, "TieredStopAtLevel"));
		assertEquals("1", flag(launched, "CICompilerCount"));
		String withC2 = launch("-XX:TieredStopAtLevel=4", "");
		assertEquals("4", flag(withC2, "TieredStopAtLevel"));
		assertTrue(Integer.parseInt(flag(withC2, "CICompilerCount")) >= 2, flag(withC2, "CICompilerCount"));
		assertEquals("2", flag(launch("-XX:CICompilerCount=2", ""), "CICompilerCount"), "the user's count");
	}

	/** A flag's final value as Java printed it. */
	private static String flag(String printedFlags, String name) {
		Matcher flag = Pattern.compile("\\s" + name + "\\s+= (\\S+)").matcher(printedFlags);
		assertTrue(flag.find(), name + " printed");
		return flag.group(1);
	}

	/** Java's largest heap under the launcher, with the options given in GOVMODEL_JAVA_OPTS and JAVA_TOOL_OPTIONS. */
	private static Heap maxHeap(String options, String toolOptions) throws IOException, InterruptedException {
		Matcher heap = MAX_HEAP.matcher(launch(options, toolOptions));
		assertTrue(heap.find(), "Java printed its flags");
		return new Heap(Long.parseLong(heap.group(1)), heap.group(2).strip());
	}

	/** {@code govmodel --version} through the launcher, with Java's flags printed; the options as for {@link #maxHeap}. */
	private static String launch(String options, String toolOptions) throws IOException, InterruptedException {
		ProcessBuilder run = new ProcessBuilder("bash", LAUNCHER.toString(), "--version").redirectErrorStream(true);
		Map<String, String> environment = run.environment();
		// the Java that runs this build, as a user's PATH would name it
		environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + environment.getOrDefault("PATH", ""));
		// neither the start-up archive (ten seconds to make) nor the background process is what is tested here
		environment.put("GOVMODEL_CDS", "off");
		environment.put("GOVMODEL_DAEMON", "off");
		environment.put("GOVMODEL_JAVA_OPTS", (options + " -XX:+PrintFlagsFinal").strip());
		environment.remove("JDK_JAVA_OPTIONS");
		if (toolOptions.isEmpty()) {
			environment.remove("JAVA_TOOL_OPTIONS");
		} else {
			environment.put("JAVA_TOOL_OPTIONS", toolOptions);
		}
		Process process = run.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher ended");
		assertEquals(0, process.exitValue(), output.lines().filter(l -> !l.contains("{")).toList().toString());
		assertTrue(output.lines().anyMatch(l -> l.startsWith("govmodel ")), "the command ran");
		return output;
	}
}
