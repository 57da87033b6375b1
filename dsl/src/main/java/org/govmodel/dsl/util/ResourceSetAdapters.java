package org.govmodel.dsl.util;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The adapters that services attach to a resource set on first use (rule settings, the
 * diagnostics' language, the governance views' cache). Every lookup and every attachment takes
 * the same lock, the adapter list's own: files of one resource set are checked on several threads
 * at once, and walking the list while another thread adds to it throws
 * {@link java.util.ConcurrentModificationException}. Each service locking in its own way is what
 * once let that happen.
 */
public final class ResourceSetAdapters {

	private ResourceSetAdapters() {
	}

	/** The adapter of that type (and matching) attached to the resource set, attached now if there is none. */
	public static <T extends Adapter> T attached(ResourceSet resourceSet, Class<T> type, Predicate<? super T> matching, Supplier<? extends T> create) {
		EList<Adapter> adapters = resourceSet.eAdapters();
		synchronized (adapters) {
			T found = find(adapters, type, matching);
			if (found == null) {
				found = create.get();
				adapters.add(found);
			}
			return found;
		}
	}

	/** The adapter of that type attached to the resource set, attached now if there is none. */
	public static <T extends Adapter> T attached(ResourceSet resourceSet, Class<T> type, Supplier<? extends T> create) {
		return attached(resourceSet, type, adapter -> true, create);
	}

	/** The adapter of that type attached to the resource set, or null. */
	public static <T extends Adapter> T existing(ResourceSet resourceSet, Class<T> type) {
		EList<Adapter> adapters = resourceSet.eAdapters();
		synchronized (adapters) {
			return find(adapters, type, adapter -> true);
		}
	}

	private static <T extends Adapter> T find(EList<Adapter> adapters, Class<T> type, Predicate<? super T> matching) {
		for (Adapter adapter : adapters) {
			if (type.isInstance(adapter) && matching.test(type.cast(adapter))) {
				return type.cast(adapter);
			}
		}
		return null;
	}
}
