package org.govmodel.dsl.ide.server;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;

/**
 * Xtext's build manager, with the deltas not yet reported merged into what changed in sum.
 * <p>
 * Xtext keeps the deltas of builds whose result it has not reported yet and merges each later delta of the same file
 * into them: the earlier delta's old description with the later delta's new one. When the file came and went in
 * between (added, then removed before anyone was told it was there), or came back as the very description it
 * started from, old and new are the same, and Xtext 2.42 makes a delta of them all the same, which refuses them with
 * an {@code AssertionError} ("'old!=_new' constraint violated"): the build stopped half-way, its diagnostics were not
 * sent and the server logged a stack trace (found by the protocol fuzzer, {@code ProtocolFuzzTest}). Such a file did
 * not change in sum, so it is dropped from the deltas; every other merge is Xtext's.
 */
public class NetDeltasBuildManager extends BuildManager {

	/**
	 * Xtext's list of unreported deltas, which its build hands to each project as the other projects' changes and
	 * replaces once reported: it has no accessor, and a list of our own would not be the one the build reads.
	 */
	private static final Field UNREPORTED = unreportedDeltasField();

	private static Field unreportedDeltasField() {
		try {
			Field field = BuildManager.class.getDeclaredField("unreportedDeltas");
			field.setAccessible(true);
			return field;
		} catch (NoSuchFieldException e) {
			throw new IllegalStateException("Xtext's BuildManager no longer has the field 'unreportedDeltas': see NetDeltasBuildManager", e);
		}
	}

	@Override
	protected void mergeWithUnreportedDeltas(List<IResourceDescription.Delta> newDeltas) {
		List<IResourceDescription.Delta> unreported = unreported();
		Map<URI, IResourceDescription.Delta> byUri = new LinkedHashMap<>();
		unreported.forEach(delta -> byUri.put(delta.getUri(), delta));
		for (IResourceDescription.Delta delta : newDeltas) {
			IResourceDescription.Delta earlier = byUri.remove(delta.getUri());
			if (earlier == null) {
				byUri.put(delta.getUri(), delta);
			} else if (earlier.getOld() != delta.getNew()) {
				byUri.put(delta.getUri(), new DefaultResourceDescriptionDelta(earlier.getOld(), delta.getNew()));
			}
			// else: no change in sum
		}
		unreported.clear();
		unreported.addAll(byUri.values());
	}

	/** Xtext's list itself: the deltas the next report will hold. */
	@SuppressWarnings("unchecked")
	List<IResourceDescription.Delta> unreported() {
		try {
			return (List<IResourceDescription.Delta>) UNREPORTED.get(this);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
