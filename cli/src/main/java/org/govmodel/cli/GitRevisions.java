package org.govmodel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.loading.SkippedFolders;

/**
 * The model files of a git revision, read from the object database with JGit
 * (no checkout, the working tree untouched). Files keep the paths they have in
 * the working tree, so a revision's diagnostics and names read as the files'.
 */
final class GitRevisions implements AutoCloseable {

	private final Repository repository;
	private final Path workTree;

	/** What to tell the user, in the command's language. */
	private final Messages say;

	private GitRevisions(Repository repository, Messages say) {
		this.repository = repository;
		this.say = say;
		this.workTree = (repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath()).toAbsolutePath().normalize();
	}

	/** The repository that holds {@code folder}. */
	static GitRevisions around(Path folder, Messages say) throws ModelCheck.UsageError {
		try {
			Path start = folder.toAbsolutePath().normalize();
			FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
					.findGitDir((java.nio.file.Files.isDirectory(start) || start.getParent() == null ? start : start.getParent()).toFile());
			if (builder.getGitDir() == null) {
				throw new ModelCheck.UsageError(say.text("git.notRepository", "folder", folder.toAbsolutePath().toString()));
			}
			return new GitRevisions(builder.build(), say);
		} catch (IOException e) {
			throw new ModelCheck.UsageError(say.text("git.cannotOpen", "reason", String.valueOf(e.getMessage())));
		}
	}

	Path workTree() {
		return workTree;
	}

	/** A revision's model files (under the given paths, all when none) and where their text is. */
	record Revision(String name, List<Path> files, ModelLoader.Contents contents) {
	}

	Revision read(String revision, List<Path> paths) throws ModelCheck.UsageError {
		ObjectId tree;
		try {
			tree = repository.resolve(revision + "^{tree}");
		} catch (IOException | RuntimeException e) {
			throw new ModelCheck.UsageError(say.text("git.unknownRevisionBecause", "revision", revision, "reason", String.valueOf(e.getMessage())));
		}
		if (tree == null) {
			throw new ModelCheck.UsageError(say.text("git.unknownRevision", "revision", revision));
		}
		Map<Path, ObjectId> blobs = new LinkedHashMap<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(tree);
			walk.setRecursive(true);
			walk.setFilter(filter(paths));
			while (walk.next()) {
				if (!SkippedFolders.contains(Path.of(walk.getPathString()))) {
					blobs.put(workTree.resolve(walk.getPathString()), walk.getObjectId(0));
				}
			}
		} catch (IOException e) {
			throw new ModelCheck.UsageError(say.text("git.cannotRead", "revision", revision, "reason", String.valueOf(e.getMessage())));
		}
		List<Path> files = new ArrayList<>(blobs.keySet());
		files.sort(null);
		return new Revision(revision, files, file -> repository.open(blobs.get(file)).openStream());
	}

	private TreeFilter filter(List<Path> paths) throws ModelCheck.UsageError {
		List<String> prefixes = new ArrayList<>();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!absolute.startsWith(workTree)) {
				throw new ModelCheck.UsageError(say.text("git.outside", "path", path.toString(), "repository", workTree.toString()));
			}
			String relative = workTree.relativize(absolute).toString().replace('\\', '/');
			if (relative.isEmpty()) {
				return PathSuffixFilter.create(ModelFiles.EXTENSION);
			}
			prefixes.add(relative);
		}
		TreeFilter suffix = PathSuffixFilter.create(ModelFiles.EXTENSION);
		return prefixes.isEmpty() ? suffix : AndTreeFilter.create(PathFilterGroup.createFromStrings(prefixes), suffix);
	}

	@Override
	public void close() {
		repository.close();
	}
}
