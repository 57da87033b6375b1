package org.govmodel.dsl.ide.rename;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govmodel.dsl.analysis.GovernanceViews;

import com.google.inject.Inject;

/**
 * Whether a rename would give two elements the same qualified name, which the model's
 * checks then report as an error in both places (GOV-NAME-001 in one file, GOV-NAME-002
 * across files). The elements declared inside the renamed one need no check of their
 * own: another element can have their new qualified names only by being inside an
 * element, or a namespace, that has the renamed one's.
 */
public class NameClashes {

	/** A qualified name the rename would declare a second time, and where it is declared now. */
	public record Clash(QualifiedName name, Resource resource, int line) {

		/** The file as its user knows it: its name, decoded. */
		public String fileName() {
			String segment = resource.getURI().lastSegment();
			return segment == null ? resource.getURI().toString() : URI.decode(segment);
		}
	}

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private GovernanceViews views;

	/** The first clash of renaming the element to {@code newName} (the name's value, without a keyword's ^), if any. */
	public Optional<Clash> of(EObject element, String newName) {
		Resource resource = element.eResource();
		QualifiedName oldName = names.getFullyQualifiedName(element);
		if (resource == null || resource.getResourceSet() == null || oldName == null) {
			return Optional.empty();
		}
		QualifiedName renamed = oldName.skipLast(1).append(newName);
		if (renamed.equals(oldName)) {
			return Optional.empty(); // the same name: nothing changes
		}
		return views.declarationsOf(resource.getResourceSet(), renamed).stream().findFirst()
				.map(declaring -> new Clash(renamed, declaring, lineOf(declaring, renamed)));
	}

	/** The line (from 1) of the declaration of the name in the file, or 0 when it cannot be found. */
	private int lineOf(Resource resource, QualifiedName name) {
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject candidate = all.next();
			if (name.equals(names.getFullyQualifiedName(candidate))) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(candidate);
				return node == null ? 0 : node.getStartLine();
			}
		}
		return 0;
	}
}
