package org.govmodel.dsl.util;

/**
 * What to tell a user whose models needed more memory than Java was given: how much the heap may take now, and the
 * option that gives it twice as much. The command line and the Maven plugin say it in their own words; this is the one
 * place that works out the figures.
 *
 * @param megabytes       the most the heap may take, in MiB
 * @param suggestedOption the {@code -Xmx} option to try next, in whole gigabytes from 1 GB on ({@code -Xmx4g})
 */
public record MemoryAdvice(long megabytes, String suggestedOption) {

	private static final long MIB = 1024 * 1024;

	/** Deep enough for any chain of wrapped errors; a chain that loops back on itself ends here. */
	private static final int MAX_CAUSES = 32;

	/** Whether the failure, or any failure that caused it, is Java running out of memory. */
	public static boolean ranOutOfMemory(Throwable failure) {
		// a parallel stream rethrows a worker's error as a new one of the same type, with the worker's as its cause
		Throwable t = failure;
		for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	/** The advice for this JVM's heap. */
	public static MemoryAdvice ofThisJvm() {
		// under the serial and parallel collectors a little less than -Xmx: one survivor space is left out
		return forHeap(Runtime.getRuntime().maxMemory());
	}

	/** The advice for a heap that may take at most {@code maxBytes}. */
	public static MemoryAdvice forHeap(long maxBytes) {
		long megabytes = Math.max(1, maxBytes / MIB);
		long doubled = 2 * megabytes;
		String option = doubled < 1024 ? "-Xmx" + doubled + "m" : "-Xmx" + ((doubled + 1023) / 1024) + "g";
		return new MemoryAdvice(megabytes, option);
	}
}
