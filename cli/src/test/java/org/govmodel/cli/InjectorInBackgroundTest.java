package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

class InjectorInBackgroundTest {

	@Test
	void theInjectorIsCreatedOnAnotherThreadAndHandedToTheCaller() {
		AtomicReference<Thread> creator = new AtomicReference<>();
		Injector created = Guice.createInjector();
		try (InjectorInBackground services = InjectorInBackground.start(() -> {
			creator.set(Thread.currentThread());
			return created;
		})) {
			assertSame(created, services.get());
			assertSame(created, services.get(), "created once");
		}
		assertNotEquals(Thread.currentThread(), creator.get());
	}

	@Test
	void aFailedCreationIsThrownOnTheCallersThreadAsItself() {
		IllegalStateException failure = new IllegalStateException("no grammar");
		try (InjectorInBackground services = InjectorInBackground.start(() -> {
			throw failure;
		})) {
			assertSame(failure, assertThrows(IllegalStateException.class, services::get));
		}
	}

	@Test
	void closingWaitsForACreationNobodyAskedFor() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		InjectorInBackground services = InjectorInBackground.start(() -> {
			started.countDown();
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			finished.set(true);
			return Guice.createInjector();
		});
		started.await();
		services.close();
		assertTrue(finished.get(), "a run's services thread does not outlive the run");
	}

	@Test
	void aRunThatEndsInAUsageErrorStillEndsCleanly() {
		CliRun run = CliRun.of("validate", "model.govmodel", "--no-such-option");
		assertEquals(GovModelCli.USAGE, run.exit());
		assertTrue(run.err().contains("--no-such-option"), run.err());
		assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("govmodel-services")), "no services thread left running");
	}
}
