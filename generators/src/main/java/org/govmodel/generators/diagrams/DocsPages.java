package org.govmodel.generators.diagrams;

import static org.govmodel.dsl.util.Parties.bodyOf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.output.FolderNames;

/**
 * The page of the documentation site that describes an element, so that the
 * diagrams' boxes link to it: the site's layout as {@code DocsGenerator} writes
 * it ({@code docs/<subject>/bodies/<body>.html} named by {@link FolderNames}
 * over the subject's bodies, {@code docs/<subject>/solutions.html}). Units,
 * authorities and boards are described on their body's page. A test checks
 * every link of the generated diagrams against the generated site.
 */
public final class DocsPages {

	/** No site: boxes without links (the editor's preview, the diff page). */
	public static final DocsPages NONE = new DocsPages(null, null);

	private final String folder;
	private final FolderNames bodyPages = new FolderNames();
	private final IQualifiedNameProvider names;

	private DocsPages(String folder, IQualifiedNameProvider names) {
		this.folder = folder;
		this.names = names;
	}

	/** The pages of one subject's site. */
	public static DocsPages of(Subject subject, IQualifiedNameProvider names) {
		DocsPages pages = new DocsPages("docs/" + subject.fileName() + "/", names);
		subject.view().bodies().forEach(body -> pages.bodyPages.add(pages.key(body), body.getName(), ".md", ".html"));
		return pages;
	}

	private String key(Body body) {
		return String.valueOf(names.getFullyQualifiedName(body));
	}

	/** The page of an element relative to the output folder, or null when the site has none for it. */
	public String pageOf(EObject element) {
		if (folder == null || element == null || element.eIsProxy()) {
			return null;
		}
		if (element instanceof Solution) {
			return folder + "solutions.html";
		}
		Body body = element instanceof Party party ? bodyOf(party) : EcoreUtil2.getContainerOfType(element, Body.class);
		if (body == null || !bodyPages.contains(key(body))) {
			return null;
		}
		return folder + "bodies/" + bodyPages.stem(key(body)) + ".html";
	}
}
