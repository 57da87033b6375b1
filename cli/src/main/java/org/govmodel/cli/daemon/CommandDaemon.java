package org.govmodel.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.govmodel.cli.ConsoleCharset;
import org.govmodel.cli.GovModelCli;

import com.google.inject.Injector;

/**
 * The background process: serves the commands of the callers named by its
 * socket ({@link DaemonAddress}), one at a time, with the language's services
 * made once. Every run reads its models, settings and libraries afresh, as
 * in a new JVM. A caller that arrives while a run is under way is told
 * {@link DaemonProtocol#BUSY} and runs its command itself.
 * <p>
 * It ends when it has been idle for the given time, when a file of its class
 * path changes (a rebuilt jar), and when the caller of a run goes away before
 * the run ends (Ctrl-C): it then exits as the command's own JVM would have,
 * and the next caller starts a new one. It writes what it does to its log,
 * beside the socket.
 * <p>
 * Usage: {@code CommandDaemon SOCKET LOCK IDLE_SECONDS STARTER_PID}.
 */
public final class CommandDaemon {

	/** The exit code of a process ended by Ctrl-C (128 + SIGINT). */
	private static final int INTERRUPTED = 130;
	/** A client that connects and says nothing would otherwise keep every other caller waiting. */
	private static final long REQUEST_SECONDS = 10;
	private static final long STARTER_SECONDS = 5;

	private final Path socket;
	private final long idleMillis;
	private final Supplier<Injector> services = GovModelCli.servicesInBackground();
	private final ClassPathWatch build = ClassPathWatch.ofThisProcess();
	private final AtomicBoolean busy = new AtomicBoolean();
	private final AtomicLong lastActive = new AtomicLong(System.currentTimeMillis());
	private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "govmodel-daemon-watch");
		thread.setDaemon(true);
		return thread;
	});

	private CommandDaemon(Path socket, long idleMillis) {
		this.socket = socket;
		this.idleMillis = idleMillis;
	}

	public static void main(String[] args) throws IOException {
		awaitTheStarter(Long.parseLong(args[3]));
		Path socket = Path.of(args[0]);
		Path lock = Path.of(args[1]);
		long idleSeconds = Long.parseLong(args[2]);
		// one process per socket: whoever holds the lock serves it; a second one started at the same time leaves
		try (FileChannel lockFile = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = lockFile.tryLock()) {
			if (held == null) {
				log("another process serves " + socket.getFileName() + "; leaving");
				return;
			}
			new CommandDaemon(socket, TimeUnit.SECONDS.toMillis(idleSeconds)).serve();
		}
	}

	/**
	 * The command that starts this process has printed its output and is ending; on two cores
	 * this process's own start (class loading, the injector, the JIT on every core) would hold up
	 * that command's exit by a few hundred milliseconds, so it waits for it first.
	 */
	private static void awaitTheStarter(long pid) {
		ProcessHandle.of(pid).ifPresent(starter -> {
			try {
				starter.onExit().get(STARTER_SECONDS, TimeUnit.SECONDS);
			} catch (ExecutionException | TimeoutException e) {
				// it is still running (not a command of ours): go on
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}

	private void serve() throws IOException {
		// a socket file left by a process that was killed: nobody listens on it (we hold the lock)
		Files.deleteIfExists(socket);
		try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			server.bind(UnixDomainSocketAddress.of(socket));
			Runtime.getRuntime().addShutdownHook(new Thread(this::removeSocket, "govmodel-daemon-cleanup"));
			log("listening on " + socket + " (pid " + ProcessHandle.current().pid() + ")");
			busy.set(true);
			new Thread(this::warmUp, "govmodel-daemon-warm-up").start();
			watchIdleAndBuild();
			while (true) {
				SocketChannel caller = server.accept();
				if (busy.compareAndSet(false, true)) {
					lastActive.set(System.currentTimeMillis());
					Thread run = new Thread(() -> serveOne(caller), "govmodel-daemon-run");
					run.start();
				} else {
					refuse(caller);
				}
			}
		}
	}

	/**
	 * Checks and scores a small model once, with the output thrown away, so that the first
	 * command served finds the parser, the rules and the scoring loaded and compiled. A caller
	 * who comes meanwhile is told {@link DaemonProtocol#BUSY} and runs the command itself.
	 */
	private void warmUp() {
		long start = System.nanoTime();
		Path folder = null;
		String outcome = "no warm-up";
		try {
			folder = Files.createTempDirectory("govmodel-warm-up");
			Path model = folder.resolve("warm-up.govmodel");
			try (InputStream text = CommandDaemon.class.getResourceAsStream("warm-up.govmodel")) {
				Files.copy(text, model);
			}
			PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
			for (String command : List.of("validate", "score")) {
				GovModelCli.run(new String[] { command, model.toString() }, nowhere, nowhere, services, false);
			}
			outcome = "warmed up in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms";
		} catch (IOException | RuntimeException e) {
			outcome = "no warm-up: " + e;
		} finally {
			delete(folder);
			lastActive.set(System.currentTimeMillis());
			busy.set(false);
		}
		log(outcome); // once the process takes commands
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			log("could not delete " + folder + ": " + e);
		}
	}

	private void serveOne(SocketChannel caller) {
		boolean released = false;
		try (caller) {
			DataInputStream in = new DataInputStream(new BufferedInputStream(SocketStreams.in(caller)));
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(SocketStreams.out(caller)));
			ScheduledFuture<?> hangUp = watch.schedule(() -> close(caller), REQUEST_SECONDS, TimeUnit.SECONDS);
			DaemonProtocol.Request request = DaemonProtocol.readRequest(in);
			hangUp.cancel(false);
			out.writeByte(DaemonProtocol.ACCEPTED);
			out.flush();
			AtomicBoolean finished = new AtomicBoolean();
			watchCaller(in, finished);
			log("running " + describe(request));
			long start = System.nanoTime();
			int exit = run(request, out);
			finished.set(true);
			log("served " + describe(request) + ": exit " + exit + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
			// free before the caller learns the exit code: a script's next command comes at once
			release();
			released = true;
			DaemonProtocol.writeExit(out, exit);
		} catch (IOException | RuntimeException e) {
			log("a caller's request failed: " + e);
		} finally {
			if (!released) {
				release();
			}
		}
	}

	private void release() {
		lastActive.set(System.currentTimeMillis());
		busy.set(false);
	}

	private int run(DaemonProtocol.Request request, DataOutputStream socket) {
		// the console's encoding, chosen as the command's own JVM would (the same environment named this process)
		Charset console = ConsoleCharset.get();
		PrintWriter out = new PrintWriter(new OutputStreamWriter(new DaemonProtocol.FrameStream(socket, DaemonProtocol.STDOUT), console), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(new DaemonProtocol.FrameStream(socket, DaemonProtocol.STDERR), console), true);
		int exit = GovModelCli.run(request.args().toArray(String[]::new), out, err, services, request.interactive());
		out.flush();
		err.flush();
		return exit;
	}

	/**
	 * The caller sends nothing after its request, so the end of its input means it has gone
	 * (Ctrl-C, a killed build): the run is stopped the way its own JVM would have been.
	 */
	private static void watchCaller(InputStream in, AtomicBoolean finished) {
		Thread watch = new Thread(() -> {
			try {
				while (in.read() >= 0) {
					// a well-behaved caller sends nothing more; anything it does send is ignored
				}
			} catch (IOException e) {
				// the same: the caller is gone
			}
			if (!finished.get()) {
				log("the caller went away during its run; exiting");
				System.exit(INTERRUPTED);
			}
		}, "govmodel-daemon-caller");
		watch.setDaemon(true);
		watch.start();
	}

	private void refuse(SocketChannel caller) {
		try (caller) {
			DataOutputStream out = new DataOutputStream(SocketStreams.out(caller));
			out.writeByte(DaemonProtocol.BUSY);
			out.flush();
		} catch (IOException e) {
			// the caller runs its command itself whatever happened here
		}
	}

	private static void close(SocketChannel caller) {
		try {
			caller.close();
		} catch (IOException e) {
			// closed already
		}
	}

	/**
	 * Ends the process when it has been idle too long or its build was replaced. It first takes the
	 * process for itself, as a run would: a caller who connects meanwhile is told
	 * {@link DaemonProtocol#BUSY} and runs the command itself, instead of losing the process mid-run.
	 */
	private void watchIdleAndBuild() {
		watch.scheduleWithFixedDelay(() -> {
			if (busy.get()) {
				return;
			}
			boolean idle = System.currentTimeMillis() - lastActive.get() > idleMillis;
			if ((idle || build.changed()) && busy.compareAndSet(false, true)) {
				log(idle ? "idle for " + TimeUnit.MILLISECONDS.toSeconds(idleMillis) + " s; exiting" : "the build this process runs was replaced; exiting");
				System.exit(0);
			}
		}, 1, 1, TimeUnit.SECONDS);
	}

	private void removeSocket() {
		try {
			Files.deleteIfExists(socket);
		} catch (IOException e) {
			// the next process deletes it before it binds
		}
	}

	private static String describe(DaemonProtocol.Request request) {
		return request.args().isEmpty() ? "(no arguments)" : request.args().get(0) + " (" + request.args().size() + " arguments)";
	}

	/** The log is the process's standard error, which its starter sends to the file beside the socket. */
	private static void log(String line) {
		System.err.println(Instant.now() + " " + line);
	}
}
