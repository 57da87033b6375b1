package org.govmodel.generators;

import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.generators.output.FolderNames;

/**
 * The file names of a subject's body pages under {@code docs/<subject>/bodies/}
 * ({@code <stem>.md} and {@code <stem>.html}, distinct by construction, see
 * {@link FolderNames}): the one place the documentation site, which writes the
 * pages, and the diagrams, whose boxes link to them, ask. Worked out once per
 * subject, on first use, and safe to ask from several threads.
 */
public final class BodyPageNames {

	private final GovernanceView view;
	private final IQualifiedNameProvider names;
	private FolderNames stems;

	BodyPageNames(GovernanceView view, IQualifiedNameProvider names) {
		this.view = view;
		this.names = names;
	}

	/** The stem of the body's page files, or empty when the body is not one of the subject's. */
	public synchronized Optional<String> stemOf(Body body) {
		if (body == null || body.eIsProxy()) {
			return Optional.empty();
		}
		if (stems == null) {
			stems = new FolderNames();
			view.bodies().forEach(each -> stems.add(key(each), each.getName(), ".md", ".html"));
		}
		String key = key(body);
		return stems.contains(key) ? Optional.of(stems.stem(key)) : Optional.empty();
	}

	private String key(Body body) {
		return String.valueOf(names.getFullyQualifiedName(body));
	}
}
