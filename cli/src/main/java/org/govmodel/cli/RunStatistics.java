package org.govmodel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code --stats} prints for benchmarks: size of the input, wall time and peak heap. */
class RunStatistics {

	private final long started = System.nanoTime();

	void print(List<Path> files, PrintWriter err) {
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
		long lines = 0;
		for (Path file : files) {
			try (var stream = Files.lines(file)) {
				lines += stream.count();
			} catch (IOException | java.io.UncheckedIOException e) {
				// counted as far as readable; the loader reports unreadable files
			}
		}
		long peakHeap = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peakHeap += pool.getPeakUsage().getUsed();
			}
		}
		err.printf(Locale.ROOT, "stats: files=%d lines=%d elapsed_ms=%d peak_heap_mb=%d%n", files.size(), lines, elapsedMillis,
				peakHeap / (1024 * 1024));
	}
}
