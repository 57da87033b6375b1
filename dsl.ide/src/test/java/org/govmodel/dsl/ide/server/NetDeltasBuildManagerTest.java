package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.junit.jupiter.api.Test;

/**
 * Deltas not reported yet, merged with later ones: the protocol fuzzer found the server's build stopped with
 * "'old!=_new' constraint violated" when a file's merged delta changed nothing in sum.
 */
class NetDeltasBuildManagerTest {

	private static final URI CAME_AND_WENT = URI.createURI("file:///w/came-and-went.govmodel");
	private static final URI EDITED = URI.createURI("file:///w/edited.govmodel");
	private static final URI EDITED_BACK = URI.createURI("file:///w/edited-back.govmodel");

	@Test
	void xtextsOwnMergeStopsOnAFileThatCameAndWent() {
		XtextsMerge xtexts = new XtextsMerge();
		IResourceDescription added = description(CAME_AND_WENT);
		xtexts.merge(List.of(delta(null, added)));
		AssertionError error = assertThrows(AssertionError.class, () -> xtexts.merge(List.of(delta(added, null))));
		assertEquals("'old!=_new' constraint violated", error.getMessage(), "the server's log in the fuzzer's finding");
	}

	@Test
	void aFileThatChangedNothingInSumIsDroppedAndTheOthersAreMerged() {
		NetDeltasBuildManager manager = new NetDeltasBuildManager();
		IResourceDescription added = description(CAME_AND_WENT);
		IResourceDescription first = description(EDITED);
		IResourceDescription second = description(EDITED);
		IResourceDescription third = description(EDITED);
		IResourceDescription original = description(EDITED_BACK);
		IResourceDescription edit = description(EDITED_BACK);

		manager.mergeWithUnreportedDeltas(List.of(delta(null, added), delta(first, second), delta(original, edit)));
		manager.mergeWithUnreportedDeltas(List.of(delta(added, null), delta(second, third), delta(edit, original)));

		assertEquals(List.of(EDITED), manager.unreported().stream().map(IResourceDescription.Delta::getUri).toList(),
				"the file that came and went and the one edited back are not changes; the edited one is");
		IResourceDescription.Delta edited = manager.unreported().get(0);
		assertSame(first, edited.getOld());
		assertSame(third, edited.getNew());
	}

	/** Xtext's own manager, its protected merge called from the test. */
	private static final class XtextsMerge extends BuildManager {
		void merge(List<IResourceDescription.Delta> deltas) {
			mergeWithUnreportedDeltas(deltas);
		}
	}

	private static IResourceDescription.Delta delta(IResourceDescription old, IResourceDescription now) {
		return new DefaultResourceDescriptionDelta(old, now);
	}

	/** A description with a URI and nothing in it: the merge reads only the URI. */
	private static IResourceDescription description(URI uri) {
		return (IResourceDescription) Proxy.newProxyInstance(NetDeltasBuildManagerTest.class.getClassLoader(), new Class<?>[] { IResourceDescription.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "getURI" -> uri;
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "description of " + uri;
				default -> List.of();
				});
	}
}
