package org.govmodel.dsl.resource;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.govmodel.dsl.parser.DepthLimitedParser;

/**
 * Brings a loaded resource to a new text by parsing again only the region that
 * changed: the text common to both ends is kept, and Xtext's partial parser
 * reparses the smallest element around the rest (typing in a title of a
 * 2,000-line file parses that body, not the file). An editor that is handed a
 * whole new text after each keystroke (the Eclipse plug-in's project model)
 * uses it.
 * <p>
 * The whole text is parsed again instead when the change could alter how the
 * file nests or what is a string or a comment (a brace, a quote, a slash, an
 * asterisk or a backslash added or removed): the depth limit of
 * {@link DepthLimitedParser} is checked over the whole file, which a partial
 * parse of one element would not see. Also when the file was already nested
 * too deeply, or when a byte-order mark comes (the reader drops it from a
 * whole parse, so the parse tree never starts with one).
 */
public final class ChangedRegionReparse {

	private static final String STRUCTURAL = "{}\"'/*\\\uFEFF";

	private ChangedRegionReparse() {
	}

	public static void reparse(XtextResource resource, String newText) {
		IParseResult previous = resource.getParseResult();
		if (previous == null || previous.getRootNode() == null || previous instanceof DepthLimitedParser.Result) {
			reparseWhole(resource, newText);
			return;
		}
		String oldText = previous.getRootNode().getText();
		int shorter = Math.min(oldText.length(), newText.length());
		int prefix = 0;
		while (prefix < shorter && oldText.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		String removed = oldText.substring(prefix, oldText.length() - suffix);
		String inserted = newText.substring(prefix, newText.length() - suffix);
		if (removed.isEmpty() && inserted.isEmpty()) {
			return;
		}
		if (isStructural(removed) || isStructural(inserted)) {
			reparseWhole(resource, newText);
			return;
		}
		resource.update(prefix, removed.length(), inserted);
	}

	private static boolean isStructural(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (STRUCTURAL.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static void reparseWhole(XtextResource resource, String newText) {
		try {
			resource.reparse(newText);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
