package org.govmodel.dsl.ui.tests;

import static org.govmodel.dsl.ui.tests.Workbenches.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.util.CancelIndicator;
import org.govmodel.dsl.ui.GovModelUiPlugin;
import org.govmodel.dsl.ui.model.ModelSnapshot;
import org.govmodel.dsl.ui.model.ModelSnapshots;
import org.govmodel.dsl.ui.model.ModelValidation;
import org.junit.jupiter.api.Test;

/**
 * What one reconcile costs once warm: a snapshot of the examples project (the
 * library and every example parsed) and the validation of Córdoba. The bound
 * is generous; the median is printed for docs/performance.md.
 */
class ResponsivenessTest {

	@Test
	void aReconcileOfTheCordobaExampleTakesWellUnderASecondOnceWarm() throws Exception {
		IFile file = examples().getFile("cordoba-2023.govmodel");
		String text = example("cordoba-2023.govmodel");
		long[] millis = new long[15];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			ModelSnapshot snapshot = GovModelUiPlugin.get(ModelSnapshots.class).of(file, text);
			GovModelUiPlugin.get(ModelValidation.class).validate(snapshot.resource(), CancelIndicator.NullImpl);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		long[] warm = Arrays.copyOfRange(millis, 5, millis.length);
		Arrays.sort(warm);
		long median = warm[warm.length / 2];
		System.out.println("GovModel reconcile (snapshot + validation of cordoba-2023 with the examples project): median " + median
				+ " ms, runs " + Arrays.toString(millis));
		assertTrue(median < 1000, "median " + median + " ms");
	}
}
