package org.govmodel.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The canonical text of a parsed model, for front ends that format whole
 * files (the CLI's {@code format}, the Maven plugin) and for editors (the
 * language server's and Eclipse's formatting, through dsl.ide's
 * {@code CanonicalFormattingService}), so that all of them write the same bytes.
 */
public class ModelTextFormatter {

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	private IFormatter2 formatter;

	@Inject
	@FormatterPreferences
	private IPreferenceValuesProvider preferences;

	/** The formatted text; the resource must parse without syntax errors. */
	public String format(XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			// nothing but comments and blank space: no element for the formatter to start from
			return withOneFinalNewline(resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText());
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		List<ITextReplacement> replacements = formatter.format(request(resource, regions));
		String text = regions.getRewriter().renderToString(regions.regionForDocument(), replacements);
		return withOneFinalNewline(text);
	}

	/**
	 * The end of the file is no token's neighbour (a last line or documentation comment has none
	 * after it), so it is settled here: exactly one newline, whatever the formatter left there.
	 */
	private static String withOneFinalNewline(String text) {
		String content = text.stripTrailing();
		return content.isEmpty() ? "" : content + "\n";
	}

	/** The replacements that lay out a region of the file (an editor's range formatting); the resource must parse. */
	public List<ITextReplacement> replacements(XtextResource resource, ITextRegion region) {
		FormatterRequest request = request(resource, regionAccessBuilders.get().forNodeModel(resource).create());
		request.setRegions(List.of(region));
		return formatter.format(request);
	}

	/** The project's layout: the formatter's preferences for the resource, never an editor's tab settings. */
	private FormatterRequest request(XtextResource resource, ITextRegionAccess regions) {
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		request.setPreferences(TypedPreferenceValues.castOrWrap(preferences.getPreferenceValues(resource)));
		return request;
	}
}
