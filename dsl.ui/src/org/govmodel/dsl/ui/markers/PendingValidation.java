package org.govmodel.dsl.ui.markers;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;

/**
 * What a project's validation job still has to do, collected from any thread
 * while the job runs, and handed to it one step at a time. Nothing asked for
 * is dropped: a refresh leaves the files already asked for pending (the files
 * it finds changed join them), and only a validation of the whole project
 * takes their place.
 */
public final class PendingValidation {

	/** One step of the job. */
	public sealed interface Step {
	}

	/** Validate every model of the project, bringing the model up to date first. */
	public record All() implements Step {
	}

	/** Bring the model up to date with the files' current texts; it reports the files it parsed anew or affected. */
	public record Refresh() implements Step {
	}

	/** Validate these files against the model as it stands. */
	public record Files(Set<IFile> files) implements Step {
	}

	private boolean all;

	private boolean refresh;

	private final Set<IFile> files = new LinkedHashSet<>();

	public synchronized void all() {
		all = true;
	}

	public synchronized void refresh() {
		refresh = true;
	}

	public synchronized void files(Collection<IFile> changed) {
		files.addAll(changed);
	}

	/** The files will be validated by the step under way, against the model as it stands after every change they were asked for. */
	public synchronized void covered(Collection<IFile> validatedNext) {
		files.removeAll(validatedNext);
	}

	/** The next step, taken out of what is pending; null when nothing is. */
	public synchronized Step next() {
		if (all) {
			// validating the whole project refreshes first and covers every file asked for
			all = false;
			refresh = false;
			files.clear();
			return new All();
		}
		if (refresh) {
			// the files asked for stay pending: a refresh that finds nothing new would not bring them back
			refresh = false;
			return new Refresh();
		}
		if (!files.isEmpty()) {
			Set<IFile> taken = Collections.unmodifiableSet(new LinkedHashSet<>(files));
			files.clear();
			return new Files(taken);
		}
		return null;
	}
}
