package org.govmodel.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.govmodel.cli.CliMessages;
import org.govmodel.cli.ConsoleCharset;
import org.govmodel.cli.GovModelCli;
import org.govmodel.dsl.loading.TerminalText;

/**
 * The launcher's entry point ({@code ./govmodel}): hands the command to the
 * background process that serves this caller ({@link CommandDaemon}) and
 * copies its output and exit code. When there is no such process, it runs
 * the command in this JVM and starts the process as it ends, for the next
 * command: a first run costs what a JVM of its own costs, and the process
 * sets itself up while the user reads the output. A process busy with another
 * caller's run also leaves the command to this JVM.
 * <p>
 * {@code GOVMODEL_DAEMON=off} runs every command in a JVM of its own, as does
 * a set {@code CI} variable (a build machine runs the command once; a process
 * left behind would only hold memory) unless {@code GOVMODEL_DAEMON=on}.
 * {@code GOVMODEL_DAEMON_IDLE} is how many seconds an idle process waits for
 * the next command (default 1,200). {@code govmodel lsp} always runs here: it
 * talks to its editor over this process's standard input.
 */
public final class DaemonClient {

	private static final long DEFAULT_IDLE_SECONDS = 1200;
	private static final long LOG_LIMIT_BYTES = 1 << 20;
	private static final long IDLE_COLLECTION_MILLIS = 30_000;
	/** Processes one user may have at once (one per working folder and environment): each holds a JVM's memory. */
	private static final int MAX_PROCESSES = 4;
	/** A process busy with another caller's run is asked again for this long before this JVM runs the command. */
	private static final int BUSY_RETRIES = 5;
	private static final long BUSY_PAUSE_MILLIS = 20;

	private final DaemonAddress address;

	private DaemonClient(DaemonAddress address) {
		this.address = address;
	}

	public static void main(String[] args) {
		Map<String, String> environment = System.getenv();
		Optional<DaemonAddress> address = wanted(environment, args) ? DaemonAddress.forThisProcess() : Optional.empty();
		if (address.isEmpty()) {
			System.exit(GovModelCli.runInThisJvm(args));
		}
		DaemonClient client = new DaemonClient(address.get());
		Optional<SocketChannel> connection = client.connect();
		if (connection.isPresent()) {
			OptionalInt exit = client.handOver(connection.get(), args);
			for (int retry = 0; exit.isEmpty() && retry < BUSY_RETRIES; retry++) {
				// busy for a moment (the previous command's last bytes, a check of its jar) or for a whole run
				pause(BUSY_PAUSE_MILLIS);
				exit = client.connect().map(again -> client.handOver(again, args)).orElse(OptionalInt.empty());
			}
			System.exit(exit.isPresent() ? exit.getAsInt() : GovModelCli.runInThisJvm(args));
		}
		int exit = GovModelCli.runInThisJvm(args);
		client.start(idleSeconds(environment));
		System.exit(exit);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static boolean wanted(Map<String, String> environment, String[] args) {
		String setting = environment.getOrDefault("GOVMODEL_DAEMON", "");
		if (setting.equals("off") || Arrays.asList(args).contains("lsp")) {
			return false;
		}
		String ci = environment.getOrDefault("CI", "");
		return setting.equals("on") || ci.isEmpty() || ci.equalsIgnoreCase("false");
	}

	private static long idleSeconds(Map<String, String> environment) {
		try {
			return Math.max(1, Long.parseLong(environment.getOrDefault("GOVMODEL_DAEMON_IDLE", String.valueOf(DEFAULT_IDLE_SECONDS)).trim()));
		} catch (NumberFormatException e) {
			return DEFAULT_IDLE_SECONDS;
		}
	}

	/** The command's exit code once the process has run it; empty when this JVM must run it. */
	private OptionalInt handOver(SocketChannel connection, String[] args) {
		try (SocketChannel socket = connection) {
			DataOutputStream request = new DataOutputStream(new BufferedOutputStream(SocketStreams.out(socket)));
			DataInputStream answer = new DataInputStream(new BufferedInputStream(SocketStreams.in(socket)));
			DaemonProtocol.writeRequest(request, new DaemonProtocol.Request(System.console() != null, List.of(args)));
			if (answer.read() != DaemonProtocol.ACCEPTED) {
				return OptionalInt.empty(); // busy, or ending: nothing has been run
			}
			return OptionalInt.of(copyOutput(answer, args));
		} catch (IOException e) {
			// refused before acceptance: nothing has been run
			return OptionalInt.empty();
		}
	}
	private int copyOutput(DataInputStream answer, String[] args) {
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		OutputStream err = new FileOutputStream(FileDescriptor.err);
		try {
			while (true) {
				byte kind = answer.readByte();
				if (kind == DaemonProtocol.EXIT) {
					return answer.readInt();
				}
				byte[] bytes = answer.readNBytes(answer.readInt());
				(kind == DaemonProtocol.STDOUT ? out : err).write(bytes);
			}
		} catch (IOException e) {
			// the connection ended before the exit frame (EOFException), or broke
			return lost(err, args);
		}
	}

	/** The process ended in the middle of the run (killed, out of memory): part of the output may be missing. */
	private int lost(OutputStream err, String[] args) {
		String message = "govmodel: " + CliMessages.forArguments(args).text("daemon.lost", "log", address.log().toString());
		try {
			err.write((TerminalText.escape(message) + System.lineSeparator()).getBytes(ConsoleCharset.get()));
		} catch (IOException e) {
			// standard error is gone too
		}
		return GovModelCli.INTERNAL;
	}

	private Optional<SocketChannel> connect() {
		if (!Files.exists(address.socket())) {
			return Optional.empty();
		}
		try {
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				channel.connect(UnixDomainSocketAddress.of(address.socket()));
				return Optional.of(channel);
			} catch (IOException e) {
				channel.close();
				return Optional.empty();
			}
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/**
	 * Starts the process with this JVM's Java, options and class path, for the next command; does not
	 * wait for it. Two commands that start one at once are harmless: the second process finds the
	 * first holding the socket's lock and leaves.
	 */
	private void start(long idleSeconds) {
		if (LiveProcesses.count(address.socket().getParent()) >= MAX_PROCESSES) {
			return;
		}
		List<String> command = new ArrayList<>();
		// started by a shell that puts it in the background and ends at once: this JVM then has no thread
		// waiting in native code for its child, which would hold up its exit by a few hundred milliseconds
		command.addAll(List.of("/bin/sh", "-c", "\"$@\" &", "govmodel-daemon"));
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(address.jvmOptions());
		// an idle process gives the memory a large run took back to the system (G1; other collectors ignore it)
		command.add("-XX:G1PeriodicGCInterval=" + IDLE_COLLECTION_MILLIS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommandDaemon.class.getName(), address.socket().toString(),
				address.lock().toString(), String.valueOf(idleSeconds), String.valueOf(ProcessHandle.current().pid())));
		try {
			trimLog();
			// its output goes to its log, never to this run's: a caller reading this run's output to its end
			// (a pipe, $(govmodel ...)) would otherwise wait for the process to exit
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.appendTo(address.log().toFile()))
					.redirectInput(Redirect.from(new File("/dev/null"))).start().waitFor();
		} catch (IOException e) {
			// the next command runs in a JVM of its own again, and tries again
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void trimLog() throws IOException {
		if (Files.exists(address.log()) && Files.size(address.log()) > LOG_LIMIT_BYTES) {
			Files.delete(address.log());
		}
	}
}
