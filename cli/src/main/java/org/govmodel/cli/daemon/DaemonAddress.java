package org.govmodel.cli.daemon;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the background process that can serve this caller listens: a socket
 * named after everything that makes a run's result depend on the process it
 * runs in. Two callers share a process only if they have the same build (the
 * class path, with each entry's size and time), the same Java and JVM options,
 * the same working folder (relative paths, the paths shown in messages) and
 * the same environment (the message language, {@code NO_COLOR}, git's
 * variables, the settings the JVM took from it at start). A change to any of
 * them is another name, so another process; the old one ends when idle.
 * <p>
 * The sockets live in a folder only the user can enter:
 * {@code $GOVMODEL_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/govmodel}, else
 * {@code govmodel-USER} in the temporary folder. The JVM options that went into
 * the name are kept for the process started for this caller.
 */
record DaemonAddress(Path socket, Path lock, Path log, List<String> jvmOptions) {

	/**
	 * Variables a shell changes from one prompt or terminal to the next that nothing in a run
	 * reads: left out of the name, so that a new terminal tab still finds the running process.
	 */
	private static final Set<String> VOLATILE_VARIABLES = Set.of("_", "OLDPWD", "PWD", "SHLVL", "WINDOWID", "TERM_SESSION_ID",
			"ITERM_SESSION_ID", "SECURITYSESSIONID", "TMUX_PANE", "KONSOLE_DBUS_WINDOW", "KONSOLE_DBUS_SESSION", "GNOME_TERMINAL_SCREEN",
			"VTE_VERSION", "SSH_TTY", "SSH_CLIENT", "SSH_CONNECTION", "STY", "WINDOW",
			// git numbers the files it hands its external diff driver (govmodel diff --git-driver) one by one
			"GIT_DIFF_PATH_COUNTER", "GIT_DIFF_PATH_TOTAL");

	/** A Unix socket's path is at most 104 bytes on macOS and 108 on Linux, the final zero included. */
	private static final int MAX_SOCKET_PATH_BYTES = 103;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/** The address for this JVM's caller, or none where a private folder for sockets cannot be had. */
	static Optional<DaemonAddress> forThisProcess() {
		Map<String, String> environment = System.getenv();
		Optional<Path> folder = privateFolder(environment);
		if (folder.isEmpty()) {
			return Optional.empty();
		}
		// read once (about 25 ms): the options name the process, and a process started for this caller gets them
		List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
		String name = name(ClassPathWatch.ofThisProcess(), System.getProperty("java.home"), jvmOptions, System.getProperty("user.dir"), environment);
		Path socket = folder.get().resolve(name + ".sock");
		if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
			// the system could not bind it: every process started would fail
			return Optional.empty();
		}
		return Optional.of(new DaemonAddress(socket, folder.get().resolve(name + ".lock"), folder.get().resolve(name + ".log"), jvmOptions));
	}

	static String name(ClassPathWatch build, String javaHome, List<String> jvmOptions, String workingFolder, Map<String, String> environment) {
		MessageDigest digest = sha256();
		update(digest, Integer.toHexString(DaemonProtocol.VERSION));
		update(digest, javaHome);
		jvmOptions.forEach(option -> update(digest, option));
		update(digest, workingFolder);
		build.fingerprint().forEach(part -> update(digest, part));
		new TreeMap<>(environment).forEach((key, value) -> {
			if (!VOLATILE_VARIABLES.contains(key)) {
				update(digest, key + "=" + value);
			}
		});
		return HexFormat.of().formatHex(digest.digest(), 0, 12);
	}

	private static Optional<Path> privateFolder(Map<String, String> environment) {
		try {
			Path folder;
			if (environment.get("GOVMODEL_DAEMON_DIR") != null) {
				folder = Path.of(environment.get("GOVMODEL_DAEMON_DIR"));
			} else if (environment.get("XDG_RUNTIME_DIR") != null) {
				folder = Path.of(environment.get("XDG_RUNTIME_DIR"), "govmodel");
			} else {
				folder = Path.of(System.getProperty("java.io.tmpdir"), "govmodel-" + System.getProperty("user.name"));
			}
			if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			return ownedAndPrivate(folder) ? Optional.of(folder) : Optional.empty();
		} catch (IOException | RuntimeException e) {
			// no POSIX permissions (Windows), or a folder that cannot be made: every run in its own JVM
			return Optional.empty();
		}
	}

	/** Another user's folder, or one others can enter, could hand this user's commands to a process that is not ours. */
	private static boolean ownedAndPrivate(Path folder) throws IOException {
		PosixFileAttributes attributes = Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
		return attributes.permissions().equals(OWNER_ONLY) && attributes.owner().getName().equals(System.getProperty("user.name"));
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
