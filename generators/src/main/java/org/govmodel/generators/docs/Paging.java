package org.govmodel.generators.docs;

import static org.govmodel.generators.docs.Inline.link;
import static org.govmodel.generators.docs.Inline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list of a site (the bodies of a tier, the other institutions) split
 * over pages of {@value #SIZE} items, so that a national model's pages stay
 * readable and quick to open: {@code base.md}, {@code base-2.md}, … in one
 * folder, each page linking to the first, previous, next and last. A list of
 * {@value #SIZE} or fewer items is one page, {@code base.md}, as before.
 *
 * @param base  the first page's file name without {@code .md}, e.g. {@code strategic}
 * @param count how many items the list has
 */
record Paging(String base, int count) {

	/** Items per page. */
	static final int SIZE = 100;

	/** Items an overview shows of a list before it links to the list's pages. */
	static final int PREVIEW = 20;

	int pages() {
		return Math.max(1, (count + SIZE - 1) / SIZE);
	}

	/** The file of a page, 1 being the first, relative to the list's folder. */
	String file(int page) {
		return page == 1 ? base + ".md" : base + "-" + page + ".md";
	}

	/** The items shown on a page. */
	<T> List<T> items(List<T> all, int page) {
		return all.subList(Math.min(all.size(), (page - 1) * SIZE), Math.min(all.size(), page * SIZE));
	}

	/** Where a page is in the list, with links to its neighbours; empty when the list is one page. */
	Inline navigation(int page, SiteText words) {
		if (pages() == 1) {
			return Inline.EMPTY;
		}
		List<Inline> parts = new ArrayList<>();
		parts.add(text(words.get("paging.position", "page", page, "pages", pages(), "first", (page - 1) * SIZE + 1, "last", Math.min(count, page * SIZE),
				"count", count)));
		if (page > 1) {
			parts.add(link(words.get("paging.first"), file(1)));
			parts.add(link(words.get("paging.previous"), file(page - 1)));
		}
		if (page < pages()) {
			parts.add(link(words.get("paging.next"), file(page + 1)));
			parts.add(link(words.get("paging.last"), file(pages())));
		}
		return Inline.join(parts, " · ");
	}
}
