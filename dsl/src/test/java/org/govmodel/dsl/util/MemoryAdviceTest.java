package org.govmodel.dsl.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryAdviceTest {

	private static final long MIB = 1024L * 1024;

	@Test
	void aSmallHeapIsDoubledInMegabytesALargeOneInWholeGigabytes() {
		assertEquals(new MemoryAdvice(256, "-Xmx512m"), MemoryAdvice.forHeap(256 * MIB));
		assertEquals(new MemoryAdvice(2048, "-Xmx4g"), MemoryAdvice.forHeap(2048 * MIB));
		// Java's default heap on a 24 GB machine is a quarter of it, not a round figure: rounded up, never down
		assertEquals(new MemoryAdvice(6016, "-Xmx12g"), MemoryAdvice.forHeap(6016 * MIB));
		assertEquals(new MemoryAdvice(600, "-Xmx2g"), MemoryAdvice.forHeap(600 * MIB));
	}

	@Test
	void runningOutOfMemoryIsRecognisedThroughTheErrorsItCaused() {
		OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
		assertTrue(MemoryAdvice.ranOutOfMemory(memory));
		// as a parallel stream rethrows a worker's error
		assertTrue(MemoryAdvice.ranOutOfMemory(new RuntimeException(new OutOfMemoryError("Java heap space"))));
		assertFalse(MemoryAdvice.ranOutOfMemory(new IllegalStateException("two artifacts for a.html")));
		assertFalse(MemoryAdvice.ranOutOfMemory(new StackOverflowError()));
	}
}
