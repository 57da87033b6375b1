package org.govmodel.dsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.govmodel.dsl.ui.editor.ModelReconcilingStrategy;
import org.govmodel.dsl.ui.markers.SaveValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The editor's reconcile on a large workspace, for bench/eclipse-reconcile.sh
 * (not part of the test suite: it runs only when -Dgovmodel.bench.workspace
 * names a folder of models, e.g. the 10k-line one bench/SyntheticModel.java
 * writes). The workspace's models are copied into a project, one file is
 * held in a file buffer as an editor would, and each round types one
 * character into a title and runs the editor's own reconciling strategy
 * (model update, validation, markers, semantic colours, outline) on it. It
 * prints p50/p95 of the reconcile (also of the first edits apart from the
 * later ones), and of the time until the files that depend on the edited one
 * are revalidated too.
 */
@EnabledIfSystemProperty(named = "govmodel.bench.workspace", matches = ".+")
class ReconcileBenchmark {

	private static final int WARM_UP = 5;

	/** An editing session is hundreds of edits; the JIT is still compiling during the first ten or so, shown apart. */
	private static final int ROUNDS = 100;

	private static final int FIRST = 10;

	@Test
	void reconcileOnTheBenchmarkWorkspace() throws Exception {
		Path folder = Path.of(System.getProperty("govmodel.bench.workspace"));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("govmodel-bench");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		List<Path> models;
		try (var files = Files.list(folder)) {
			models = files.filter(f -> f.toString().endsWith(".govmodel")).sorted().toList();
		}
		for (Path model : models) {
			project.getFile(model.getFileName().toString()).create(Files.newInputStream(model), true, null);
		}
		Job.getJobManager().join(SaveValidation.class, null);
		String middle = models.get(models.size() / 2).getFileName().toString();
		measure(project.getFile(middle), "a file no other file refers to (" + middle + ")");
		measure(project.getFile(models.get(0).getFileName().toString()), "the file every other file refers to (" + models.get(0).getFileName() + ")");
		project.delete(true, true, null);
	}

	private static void measure(IFile file, String what) throws Exception {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			ModelReconcilingStrategy strategy = new ModelReconcilingStrategy();
			strategy.setDocument(document);
			strategy.initialReconcile();
			Job.getJobManager().join(SaveValidation.class, null);
			int title = document.get().indexOf("\"Institución") + 1;
			long[] reconcile = new long[ROUNDS];
			long[] dependents = new long[ROUNDS];
			for (int round = -WARM_UP; round < ROUNDS; round++) {
				if (round % 2 == 0) {
					document.replace(title, 0, "x");
				} else {
					document.replace(title, 1, "");
				}
				long start = System.nanoTime();
				strategy.reconcile(new Region(0, document.getLength()));
				long reconciled = System.nanoTime();
				Job.getJobManager().join(SaveValidation.class, null);
				long settled = System.nanoTime();
				if (round >= 0) {
					reconcile[round] = (reconciled - start) / 1_000_000;
					dependents[round] = (settled - start) / 1_000_000;
				}
			}
			System.out.println("RECONCILE-BENCH " + what + " (" + document.getNumberOfLines() + " lines in the file), " + ROUNDS
					+ " edits after " + WARM_UP + " of warm-up: reconcile " + percentiles(reconcile) + " (first " + FIRST + " edits "
					+ percentiles(Arrays.copyOf(reconcile, FIRST)) + ", later edits " + percentiles(Arrays.copyOfRange(reconcile, FIRST, ROUNDS))
					+ "); until affected files revalidated " + percentiles(dependents));
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	private static String percentiles(long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return "p50 " + sorted[sorted.length / 2] + " ms, p95 " + sorted[(int) Math.ceil(sorted.length * 0.95) - 1] + " ms, max "
				+ sorted[sorted.length - 1] + " ms";
	}
}
