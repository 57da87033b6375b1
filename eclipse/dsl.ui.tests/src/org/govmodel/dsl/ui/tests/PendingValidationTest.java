package org.govmodel.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.govmodel.dsl.ui.markers.PendingValidation;
import org.junit.jupiter.api.Test;

/**
 * What a project's validation job is asked to do while it runs, taken out one
 * step at a time: nothing asked for is lost. (An editor's reconcile reports the
 * other file it affected just as that file's save asks for a refresh; the
 * refresh finds nothing new, since the reconcile took the text, and the other
 * file must still be validated.)
 */
class PendingValidationTest {

	private final IFile a = file("/p/a.govmodel");
	private final IFile b = file("/p/b.govmodel");

	@Test
	void filesAskedForBeforeARefreshAreValidatedAfterIt() {
		PendingValidation pending = new PendingValidation();
		pending.files(List.of(a));
		pending.refresh();

		assertInstanceOf(PendingValidation.Refresh.class, pending.next());
		assertEquals(new PendingValidation.Files(Set.of(a)), pending.next());
		assertNull(pending.next());
	}

	@Test
	void filesAskedForWhileARefreshRunsJoinThoseStillPending() {
		PendingValidation pending = new PendingValidation();
		pending.files(List.of(a));
		pending.refresh();
		assertInstanceOf(PendingValidation.Refresh.class, pending.next());
		pending.files(List.of(b, a)); // what the refresh found changed

		PendingValidation.Step next = pending.next();
		assertEquals(List.of(a, b), List.copyOf(((PendingValidation.Files) next).files()), "each file once, in the order asked");
		assertNull(pending.next());
	}

	@Test
	void validatingTheWholeProjectCoversEverythingAskedForUntilThen() {
		PendingValidation pending = new PendingValidation();
		pending.files(List.of(a));
		pending.refresh();
		pending.all();

		assertInstanceOf(PendingValidation.All.class, pending.next());
		assertNull(pending.next());

		pending.files(List.of(b));
		assertEquals(new PendingValidation.Files(Set.of(b)), pending.next(), "asked for after the whole project was taken");
	}

	/** The whole project's refresh reports every file of a model it loads: they are validated with the others, once. */
	@Test
	void filesTheWholeProjectsStepValidatesAreNotValidatedAgain() {
		PendingValidation pending = new PendingValidation();
		pending.all();
		assertInstanceOf(PendingValidation.All.class, pending.next());
		pending.files(List.of(a, b)); // what its refresh reported
		pending.covered(List.of(a, b));
		assertNull(pending.next());

		pending.files(List.of(a)); // an edit after the refresh
		assertEquals(new PendingValidation.Files(Set.of(a)), pending.next());
	}

	private static IFile file(String path) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
	}
}
