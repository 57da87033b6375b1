package org.govmodel.generators.diagrams;

import static org.govmodel.dsl.util.Parties.bodyOf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.BodyPageNames;

/**
 * The page of the documentation site that describes an element, so that the
 * diagrams' boxes link to it: the site's layout as {@code DocsGenerator} writes
 * it ({@code docs/<subject>/bodies/<body>.html} named by the subject's
 * {@link BodyPageNames}, {@code docs/<subject>/solutions.html}). Units,
 * authorities and boards are described on their body's page. A test checks
 * every link of the generated diagrams against the generated site.
 */
public final class DocsPages {

	/** No site: boxes without links (the editor's preview, the diff page). */
	public static final DocsPages NONE = new DocsPages(null, null);

	private final String folder;
	private final BodyPageNames bodyPages;

	private DocsPages(String folder, BodyPageNames bodyPages) {
		this.folder = folder;
		this.bodyPages = bodyPages;
	}

	/** The pages of one subject's site. */
	public static DocsPages of(Subject subject) {
		return new DocsPages("docs/" + subject.fileName() + "/", subject.bodyPages());
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
		return bodyPages.stemOf(body).map(stem -> folder + "bodies/" + stem + ".html").orElse(null);
	}
}
