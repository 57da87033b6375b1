package org.govmodel.cli.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The background processes of one socket folder. A process holds its lock
 * file for as long as it lives, so a lock nobody holds belongs to a process
 * that has ended (killed, or the machine restarted) and its files are
 * removed. Counting the live ones bounds how many a user has at once: a caller
 * whose circumstances change at every command (a variable no list of
 * {@link DaemonAddress} foresaw) would otherwise start a process each time.
 */
final class LiveProcesses {

	private LiveProcesses() {
	}

	/** How many processes serve sockets in the folder now; the files of ended ones are removed on the way. */
	static int count(Path folder) {
		int live = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path lock : files.filter(file -> file.getFileName().toString().endsWith(".lock")).toList()) {
				if (held(lock)) {
					live++;
				} else {
					removeEnded(lock);
				}
			}
		} catch (IOException e) {
			// an unreadable folder: the caller starts no process
			return Integer.MAX_VALUE;
		}
		return live;
	}

	private static boolean held(Path lock) {
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock free = channel.tryLock()) {
			return free == null;
		} catch (IOException e) {
			return true; // cannot tell: count it
		}
	}

	private static void removeEnded(Path lock) {
		String name = lock.getFileName().toString();
		String stem = name.substring(0, name.length() - ".lock".length());
		for (String suffix : List.of(".sock", ".lock")) {
			try {
				Files.deleteIfExists(lock.resolveSibling(stem + suffix));
			} catch (IOException e) {
				// removed by its next process, which deletes a stale socket before it binds
			}
		}
	}
}
