package org.govmodel.dsl.ui.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.validation.Rules;

/**
 * The validator's findings for a file outside the workspace (opened with
 * File &gt; Open File…), which can carry no markers: annotations on its
 * editor, with the same text as the markers'.
 */
public final class ProblemAnnotations {

	/** An annotation of ours, so that an update replaces only these. */
	public static class ProblemAnnotation extends Annotation {
		ProblemAnnotation(String type, String text) {
			super(type, false, text);
		}
	}

	private ProblemAnnotations() {
	}

	public static void replace(IAnnotationModel model, List<Issue> issues) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			Annotation annotation = all.next();
			if (annotation instanceof ProblemAnnotation) {
				old.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.IGNORE && issue.getOffset() != null && issue.getLength() != null) {
				String text = issue.getMessage() + " [" + Rules.idOf(issue.getCode()) + "]";
				added.put(new ProblemAnnotation(typeOf(issue.getSeverity()), text), new Position(issue.getOffset(), issue.getLength()));
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> "org.eclipse.ui.workbench.texteditor.error";
			case WARNING -> "org.eclipse.ui.workbench.texteditor.warning";
			default -> "org.eclipse.ui.workbench.texteditor.info";
		};
	}
}
