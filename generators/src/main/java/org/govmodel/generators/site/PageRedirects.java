package org.govmodel.generators.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.govmodel.dsl.comparison.ElementFacts;
import org.govmodel.dsl.comparison.ElementMatcher;
import org.govmodel.dsl.comparison.ElementMatcher.Snapshot;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.Artifacts;
import org.govmodel.generators.output.FolderNames;
import org.govmodel.generators.site.PageManifest.Entry;

import com.google.inject.Inject;

/**
 * Keeps the addresses of a published site working from one run to the next. The previous run's
 * {@link PageManifest} says which element each of its pages described; a page this run no longer writes becomes
 * a small page that leads to the page of the same element under its new name (paired with the previous version
 * by {@link ElementMatcher}, as {@code govmodel diff} pairs a renamed element), or, when the element is gone, a
 * page that says so and links the nearest overview. Those pages stay in every later run (listed as
 * {@code gone} in the manifest) until a page takes their address again, and always lead to the element's
 * current page, so links and bookmarks survive several renames.
 */
public class PageRedirects {

	@Inject
	private ElementMatcher matcher;

	@Inject
	private ElementFacts facts;

	/**
	 * Adds the moved and removed pages and this run's manifest to the run's files.
	 *
	 * @param previous the manifest of the output this run replaces, or {@link PageManifest#NONE}
	 */
	public void add(Artifacts artifacts, PageManifest previous, Language language) {
		Map<EObject, Snapshot> elements = snapshots(artifacts.pages().values());
		List<Entry> pages = new ArrayList<>();
		Map<Snapshot, Map<String, String>> pagesOf = new IdentityHashMap<>();
		// this run's elements in the order of their first page's path, not the identity map's: the matcher breaks ties
		// between equally similar elements by their order, and the same inputs must give the same redirects
		List<Snapshot> described = new ArrayList<>();
		artifacts.pages().forEach((path, page) -> {
			Snapshot element = elements.get(page.element());
			pages.add(new Entry(path, page.role(), element));
			pagesOf.computeIfAbsent(element, e -> {
				described.add(e);
				return new TreeMap<>();
			}).putIfAbsent(page.role(), path);
		});
		// the previous run's elements, each once, paired with this run's
		Map<String, Snapshot> before = new LinkedHashMap<>();
		Stream.concat(previous.pages().stream(), previous.gone().stream()).filter(e -> e.element() != null)
				.forEach(e -> before.putIfAbsent(key(e.element()), e.element()));
		Map<Snapshot, Snapshot> matches = matcher.match(new ArrayList<>(before.values()), described);

		RedirectPage writer = new RedirectPage(language);
		// an address is kept only where it is no written file's on a case-insensitive file system (Agency.html beside
		// agency.html is one file on macOS and Windows), and once however its case varied between runs
		List<String> written = artifacts.paths();
		Set<String> taken = written.stream().map(FolderNames::fold).collect(Collectors.toCollection(HashSet::new));
		Set<String> topFolders = written.stream().map(PageRedirects::topFolderOf).collect(Collectors.toSet());
		Map<String, Entry> addresses = new TreeMap<>();
		for (Entry e : (Iterable<Entry>) Stream.concat(previous.pages().stream(), previous.gone().stream())::iterator) {
			String folded = FolderNames.fold(e.path());
			if (e.path().endsWith(".html") && !taken.contains(folded) && writesFamilyOf(e.path(), topFolders)) {
				taken.add(folded);
				addresses.put(e.path(), e);
			}
		}
		List<Entry> gone = new ArrayList<>();
		for (Entry address : addresses.values()) {
			Snapshot was = address.element() == null ? null : before.get(key(address.element()));
			Snapshot now = was == null ? null : matches.get(was);
			String target = now == null ? null : pageFor(pagesOf.get(now), address.role());
			if (target != null) {
				artifacts.add(address.path(), writer.moved(was, now, relative(address.path(), target)));
				gone.add(new Entry(address.path(), address.role(), now));
			} else {
				String overview = overview(address.path(), artifacts);
				artifacts.add(address.path(), writer.removed(was, overview == null ? null : relative(address.path(), overview)));
				gone.add(new Entry(address.path(), address.role(), was));
			}
		}
		if (!pages.isEmpty() || !gone.isEmpty()) {
			artifacts.add(PageManifest.FILE, new PageManifest(pages, gone).render());
		}
	}

	/**
	 * Each described element as plain data, once however many pages it has. A snapshot reads every fact of its
	 * element, for a national model a hundred thousand of them: they are taken on every core.
	 */
	private Map<EObject, Snapshot> snapshots(Collection<Artifacts.Page> pages) {
		Set<EObject> described = Collections.newSetFromMap(new IdentityHashMap<>());
		pages.forEach(page -> described.add(page.element()));
		return List.copyOf(described).parallelStream()
				.collect(Collectors.toMap(element -> element, element -> matcher.snapshot(element, facts::nameOf), (a, b) -> a, IdentityHashMap::new));
	}

	/**
	 * Whether this run writes the family of reports the page belongs to (its top folder, {@code docs/} or
	 * {@code scorecards/}): a run with {@code --only scorecards} says nothing about the documentation's pages.
	 *
	 * @param topFolders the top folders of the files this run writes
	 */
	private static boolean writesFamilyOf(String path, Set<String> topFolders) {
		String folder = topFolderOf(path);
		return folder.isEmpty() ? !topFolders.isEmpty() : topFolders.contains(folder);
	}

	/** The top folder of a file's path ({@code docs/}, {@code scorecards/}), or "" for a file at the top. */
	private static String topFolderOf(String path) {
		return path.substring(0, path.indexOf('/') + 1);
	}

	private static String key(Snapshot element) {
		return element.kind() + " " + element.name();
	}

	/** The element's page in the same role, else its first (a jurisdiction's overview, "index.html", sorts early). */
	private static String pageFor(Map<String, String> roles, String role) {
		if (roles == null) {
			return null;
		}
		return roles.getOrDefault(role, roles.getOrDefault("index.html", roles.values().iterator().next()));
	}

	/** The index page nearest to the address, in its folder or above, that this run wrote. */
	private static String overview(String path, Artifacts artifacts) {
		String folder = path;
		while (folder.contains("/")) {
			folder = folder.substring(0, folder.lastIndexOf('/'));
			if (artifacts.contains(folder + "/index.html") && !(folder + "/index.html").equals(path)) {
				return folder + "/index.html";
			}
		}
		return artifacts.contains("index.html") && !path.equals("index.html") ? "index.html" : null;
	}

	/** The link from the page at {@code from} to {@code to}, both relative to the output folder. */
	static String relative(String from, String to) {
		String[] a = from.split("/");
		String[] b = to.split("/");
		int common = 0;
		while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
			common++;
		}
		StringBuilder link = new StringBuilder();
		for (int i = common; i < a.length - 1; i++) {
			link.append("../");
		}
		for (int i = common; i < b.length; i++) {
			link.append(b[i]).append(i < b.length - 1 ? "/" : "");
		}
		return link.toString();
	}
}
