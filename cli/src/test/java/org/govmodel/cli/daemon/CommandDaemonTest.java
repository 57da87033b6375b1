package org.govmodel.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background process as the launcher uses it: each command is a real JVM
 * running {@link DaemonClient}, in a real working folder, against a real
 * process on a real socket. What a user relies on: a command served by the
 * process prints and exits exactly as it would in a JVM of its own, also after
 * the models change; the process belongs to one working folder; it survives a
 * client that talks nonsense, ends when its caller goes away mid-run, and ends
 * when idle.
 */
class CommandDaemonTest {

	private static final String BROKEN = """
			operational institution agency "Agency" agency public within nowhere
			""";
	private static final String FIXED = """
			operational institution agency "Agency" agency
			""";
	private static final Pattern PID = Pattern.compile("\\(pid (\\d+)\\)");

	@TempDir
	Path folder;

	private Path sockets;
	/** Every socket folder used, and every process seen: each test stops what it started. */
	private final Set<Path> socketFolders = new LinkedHashSet<>();
	private final Set<Long> seen = new HashSet<>();

	private record Run(int exit, String out, String err) {
	}

	@AfterEach
	void stopTheProcesses() throws IOException {
		pids();
		for (long pid : seen) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
		}
	}

	@Test
	void repeatedRunsAreServedByOneProcessAndPrintWhatAJvmOfTheirOwnPrints() throws Exception {
		Path project = project(BROKEN);

		Run alone = run(project, "off", "validate", ".");
		Run first = run(project, "on", "validate", ".");
		assertEquals(0, served(), "the first run is run by its own JVM, which starts the process as it ends");
		awaitReady(1);
		Run second = run(project, "on", "validate", ".");
		Run third = run(project, "on", "validate", ".");
		assertEquals(1, alone.exit(), alone.toString());
		assertTrue(alone.out().contains("model.govmodel:1:"), alone.out());
		assertEquals(alone, first);
		assertEquals(alone, second);
		assertEquals(alone, third);
		assertEquals(2, served(), "the later runs were served by the process: " + logs());
		assertEquals(1, pids().size(), "one process: " + logs());

		// the models are read afresh: the process keeps nothing of them between runs
		Files.writeString(project.resolve("model.govmodel"), FIXED, StandardCharsets.UTF_8);
		Run afterTheEdit = run(project, "on", "validate", ".");
		assertEquals(run(project, "off", "validate", "."), afterTheEdit);
		assertEquals(0, afterTheEdit.exit(), afterTheEdit.toString());

		// Spanish asked for on the command line, and a report format on standard output
		assertEquals(run(project, "off", "--lang", "es", "validate", "--format", "json", "."), run(project, "on", "--lang", "es", "validate", "--format", "json", "."));
		assertEquals(4, served(), logs());
		assertTrue(logs().contains("served validate (2 arguments): exit 1"), logs());
	}

	@Test
	void anotherWorkingFolderHasAProcessOfItsOwnSoRelativePathsReadTheSame() throws Exception {
		Path one = Files.createDirectories(folder.resolve("one"));
		Path two = Files.createDirectories(folder.resolve("two/models"));
		Files.writeString(one.resolve("model.govmodel"), BROKEN, StandardCharsets.UTF_8);
		Files.writeString(two.resolve("model.govmodel"), BROKEN, StandardCharsets.UTF_8);

		run(one, "on", "validate", "model.govmodel");
		run(two.getParent(), "on", "validate", "models");
		awaitReady(2);
		Run inOne = run(one, "on", "validate", "model.govmodel");
		Run inTwo = run(two.getParent(), "on", "validate", "models");
		assertEquals(2, served(), logs());
		assertTrue(inOne.out().startsWith("model.govmodel:1:"), inOne.out());
		assertTrue(inTwo.out().startsWith("models" + File.separator + "model.govmodel:1:"), inTwo.out());
		assertEquals(run(two.getParent(), "off", "validate", "models"), inTwo);
		assertEquals(2, pids().size(), "one process per working folder: " + logs());
	}

	@Test
	void aClientThatTalksNonsenseIsDroppedAndTheNextOneServed() throws Exception {
		Path project = project(FIXED);
		Run first = run(project, "on", "validate", ".");
		awaitReady(1);
		for (byte[] nonsense : List.of("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII), new byte[] { 0x47, 0x4d, 0, 1, 0, 0x7f, -1, -1, -1 },
				new byte[0])) {
			try (SocketChannel channel = connect()) {
				DataOutputStream out = new DataOutputStream(SocketStreams.out(channel));
				out.write(nonsense);
				out.flush();
			} catch (IOException droppedMidWrite) {
				// the process may read enough to drop the caller before the rest is written (a broken pipe here):
				// that is what this test wants of it; the log line below is still awaited
			}
		}
		// each was dropped before the next command comes (a command arriving while one is handled runs in its own JVM)
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (logs().lines().filter(line -> line.contains("a caller's request failed")).count() < 3 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertEquals(first, run(project, "on", "validate", "."));
		assertEquals(1, served(), logs());
		assertEquals(1, pids().size(), "the same process: " + logs());
	}

	@Test
	void aCallerThatGoesAwayMidRunEndsTheProcessAsCtrlCWouldEndItsOwnJvm() throws Exception {
		Path project = project(FIXED);
		long pid = startedProcess(project, Map.of());
		try (SocketChannel channel = connect()) {
			DataOutputStream out = new DataOutputStream(SocketStreams.out(channel));
			DaemonProtocol.writeRequest(out, new DaemonProtocol.Request(false, List.of("generate", Path.of("../examples").toAbsolutePath().normalize().toString(), "-o", "out")));
			assertEquals(DaemonProtocol.ACCEPTED, new DataInputStream(SocketStreams.in(channel)).read());
		}
		awaitExit(pid);
		assertTrue(logs().contains("the caller went away during its run"), logs());
		// the next command starts a new process
		Run next = run(project, "on", "validate", ".");
		assertEquals(0, next.exit(), next.toString());
		awaitReady(2);
		assertFalse(pids().contains(pid));
		assertEquals(1, pids().size(), logs());
	}

	@Test
	void aProcessThatDiesMidRunLeavesTheCallerAnErrorThatSaysWhatToDo() throws Exception {
		Path project = project(FIXED);
		long pid = startedProcess(project, Map.of());
		Path examples = Path.of("../examples").toAbsolutePath().normalize();
		Thread killer = new Thread(() -> {
			try {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
				while (!logs().contains("running generate") && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		killer.start();
		Run cut = run(project, "on", "generate", "--lang", "es", examples.toString(), "-o", "out");
		killer.join();
		assertEquals(3, cut.exit(), cut.toString());
		assertTrue(cut.err().contains("govmodel: el proceso en segundo plano terminó antes que el comando"), cut.err());
		assertTrue(cut.err().contains("GOVMODEL_DAEMON=off"), cut.err());
		assertFalse(cut.err().contains("\tat "), cut.err());
	}

	@Test
	void anIdleProcessEndsAndTakesItsSocketWithIt() throws Exception {
		awaitExit(startedProcess(project(FIXED), Map.of("GOVMODEL_DAEMON_IDLE", "2")));
		assertTrue(logs().contains("idle for 2 s; exiting"), logs());
		try (Stream<Path> left = Files.list(sockets)) {
			assertTrue(left.noneMatch(file -> file.toString().endsWith(".sock")), "the socket is removed");
		}
	}

	@Test
	void theSocketsLiveInAFolderOnlyTheUserCanEnterWhosePathsTheSystemCanBind() throws Exception {
		Path project = project(FIXED);
		startedProcess(project, Map.of());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sockets)));

		// a folder others can enter is not used: every command runs in its own JVM
		Path open = Files.createDirectories(folder.resolve("open"));
		Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
		sockets = open;
		Run alone = run(project, "on", "validate", ".");
		assertEquals(0, alone.exit(), alone.toString());
		try (Stream<Path> files = Files.list(open)) {
			assertEquals(0, files.count(), "nothing was started there");
		}

		// nor one whose sockets' paths would be longer than the system binds
		Path deep = Files.createDirectories(folder.resolve("d".repeat(60)).resolve("e".repeat(40)));
		Files.setPosixFilePermissions(deep, PosixFilePermissions.fromString("rwx------"));
		sockets = deep;
		Run longPath = run(project, "on", "validate", ".");
		assertEquals(alone, longPath);
		try (Stream<Path> files = Files.list(deep)) {
			assertEquals(0, files.count(), "nothing was started there");
		}
	}

	@Test
	void aUserHasAtMostFourProcessesAndTheFilesOfEndedOnesAreRemoved() throws Exception {
		Path project = project(FIXED);
		sockets = Files.createDirectories(folder.resolve("sockets"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		// a process killed long ago left its socket and lock behind; nobody holds the lock
		Files.createFile(sockets.resolve("ended.sock"));
		Files.createFile(sockets.resolve("ended.lock"));
		// four live processes, as their locks tell (held here, as each process holds its own)
		List<FileChannel> channels = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				FileChannel channel = FileChannel.open(sockets.resolve("live" + i + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				channels.add(channel);
				channel.lock();
			}
			Run alone = run(project, "on", "validate", ".");
			assertEquals(0, alone.exit(), alone.toString());
			assertFalse(Files.exists(sockets.resolve("ended.sock")), "the ended process's files are removed");
			assertFalse(Files.exists(sockets.resolve("ended.lock")));
			try (Stream<Path> files = Files.list(sockets)) {
				assertEquals(4, files.count(), "no fifth process was started: only the four locks are there");
			}
		} finally {
			for (FileChannel channel : channels) {
				channel.close();
			}
		}
		// one of them ends: the next first run starts a process again
		run(project, "on", "validate", ".");
		awaitReady(1);
		assertEquals(1, pids().size(), logs());
	}

	@Test
	void buildMachinesAndTheLanguageServerRunInAJvmOfTheirOwn() {
		assertTrue(DaemonClient.wanted(Map.of(), new String[] { "validate", "." }));
		assertFalse(DaemonClient.wanted(Map.of("CI", "true"), new String[] { "validate", "." }));
		assertTrue(DaemonClient.wanted(Map.of("CI", "false"), new String[] { "validate", "." }));
		assertTrue(DaemonClient.wanted(Map.of("CI", "true", "GOVMODEL_DAEMON", "on"), new String[] { "validate", "." }));
		assertFalse(DaemonClient.wanted(Map.of("GOVMODEL_DAEMON", "off"), new String[] { "validate", "." }));
		assertFalse(DaemonClient.wanted(Map.of(), new String[] { "lsp" }));
	}

	private Run run(Path workingFolder, String daemon, String... args) throws IOException, InterruptedException {
		return run(workingFolder, daemon, Map.of(), args);
	}

	private Run run(Path workingFolder, String daemon, Map<String, String> environment, String... args) throws IOException, InterruptedException {
		if (sockets == null) {
			sockets = folder.resolve("sockets");
		}
		socketFolders.add(sockets);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), DaemonClient.class.getName()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(folder, "out", ".txt");
		Path err = Files.createTempFile(folder, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
		Map<String, String> variables = new HashMap<>(Map.of("GOVMODEL_DAEMON", daemon, "GOVMODEL_DAEMON_DIR", sockets.toString(), "LANG", "C.UTF-8"));
		variables.putAll(environment);
		builder.environment().remove("LC_ALL");
		builder.environment().remove("LC_MESSAGES");
		builder.environment().putAll(variables);
		Process process = builder.start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the command ended");
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	private Path project(String model) throws IOException {
		Path project = Files.createDirectories(folder.resolve("project"));
		Files.writeString(project.resolve("model.govmodel"), model, StandardCharsets.UTF_8);
		return project;
	}

	/** The process a first command in the project starts, once it is ready. */
	private long startedProcess(Path project, Map<String, String> environment) throws IOException, InterruptedException {
		run(project, "on", environment, "validate", ".");
		awaitReady(1);
		return pids().get(0);
	}

	private static void awaitExit(long pid) {
		assertTrue(ProcessHandle.of(pid).map(process -> process.onExit().orTimeout(60, TimeUnit.SECONDS).join()).isPresent());
	}

	/**
	 * Waits until as many processes as given are ready: a first run starts one as it ends, which
	 * listens at once and serves commands once it has warmed up (until then it leaves them to the caller).
	 */
	private void awaitReady(int processes) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (logs().lines().filter(line -> line.contains(" warmed up in ")).count() < processes) {
			assertTrue(System.nanoTime() < deadline, "a process is ready: " + logs());
			Thread.sleep(50);
		}
	}

	private SocketChannel connect() throws IOException {
		try (Stream<Path> files = Files.list(sockets)) {
			Path socket = files.filter(file -> file.toString().endsWith(".sock")).findFirst().orElseThrow();
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			channel.connect(UnixDomainSocketAddress.of(socket));
			return channel;
		}
	}

	private String logs() throws IOException {
		StringBuilder text = new StringBuilder();
		for (Path socketFolder : socketFolders) {
			if (Files.isDirectory(socketFolder)) {
				try (Stream<Path> files = Files.list(socketFolder)) {
					for (Path log : files.filter(file -> file.toString().endsWith(".log")).sorted().toList()) {
						text.append(Files.readString(log, StandardCharsets.UTF_8));
					}
				}
			}
		}
		return text.toString();
	}

	private long served() throws IOException {
		return logs().lines().filter(line -> line.contains(" served ")).count();
	}

	/** The processes started, alive or not, in the order they were started. */
	private List<Long> pids() throws IOException {
		List<Long> pids = new ArrayList<>();
		Matcher matcher = PID.matcher(logs());
		while (matcher.find()) {
			long pid = Long.parseLong(matcher.group(1));
			seen.add(pid);
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				pids.add(pid);
			}
		}
		return pids;
	}
}
