package org.govmodel.generators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.analysis.GovernanceViews;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.output.FolderNames;

import com.google.inject.Inject;

/**
 * What the reports are about: one subject per governance view of the models
 * (a jurisdiction with all its files, or a file that describes none), each
 * with a key that tells it apart from every other and a file name unique among
 * them. The documentation and the diagrams of a subject are named after it.
 */
public class ReportSubjects {

	/**
	 * @param key      the jurisdiction's qualified name, or the file's path relative to the folder all model files share
	 * @param fileName the name of its folder and files, unique among the subjects (see {@link FolderNames})
	 * @param bodyPages the names of its bodies' documentation pages
	 */
	public record Subject(GovernanceView view, String key, String fileName, BodyPageNames bodyPages) {
	}

	@Inject
	private GovernanceViews views;

	@Inject
	private IQualifiedNameProvider names;

	/** The subjects of the models, in the order of their first file. */
	public List<Subject> of(List<Model> models) {
		List<URI> files = models.stream().map(m -> m.eResource().getURI()).toList();
		Map<GovernanceView, String> keys = new LinkedHashMap<>();
		Map<GovernanceView, String> readable = new LinkedHashMap<>();
		for (Model model : models) {
			GovernanceView view = views.viewOf(model);
			if (!keys.containsKey(view)) {
				URI file = model.eResource().getURI();
				keys.put(view, view.subject().map(j -> "jurisdiction " + names.getFullyQualifiedName(j)).orElse("file " + relative(file, files)));
				readable.put(view, view.subject().map(j -> j.getName()).orElse(file.trimFileExtension().lastSegment()));
			}
		}
		FolderNames folder = new FolderNames();
		keys.forEach((view, key) -> folder.add(key, readable.get(view), ""));
		List<Subject> subjects = new ArrayList<>();
		keys.forEach((view, key) -> subjects.add(new Subject(view, key, folder.stem(key), new BodyPageNames(view, names))));
		return subjects;
	}

	/** The file's path below the folder that holds all model files: the same wherever that folder is. */
	private static String relative(URI file, List<URI> all) {
		int common = file.segmentCount() - 1;
		for (URI other : all) {
			int shared = 0;
			while (shared < common && shared < other.segmentCount() - 1 && file.segment(shared).equals(other.segment(shared))) {
				shared++;
			}
			common = shared;
		}
		return String.join("/", file.segmentsList().subList(common, file.segmentCount()));
	}
}
