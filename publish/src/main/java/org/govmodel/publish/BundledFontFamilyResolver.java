package org.govmodel.publish;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.apache.batik.bridge.DefaultFontFamilyResolver;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * Batik's font lookup, except that the generic families ({@code sans-serif}, {@code serif}, …) and the
 * last resort are the bundled {@link BundledFonts#FAMILY} rather than what Java's logical "SansSerif" maps
 * to on this machine: a PNG looks the same wherever it is made. A family the SVG names and this machine
 * has (e.g. Arial) is still used.
 */
final class BundledFontFamilyResolver implements FontFamilyResolver {

	private static final Set<String> GENERIC = Set.of("sans-serif", "serif", "monospace", "system-ui", "cursive", "fantasy");

	private static final DefaultFontFamilyResolver SYSTEM = DefaultFontFamilyResolver.SINGLETON;

	@Override
	public GVTFontFamily resolve(String familyName) {
		return SYSTEM.resolve(bundledIfGeneric(familyName));
	}

	@Override
	public GVTFontFamily resolve(String familyName, FontFace fontFace) {
		return SYSTEM.resolve(bundledIfGeneric(familyName), fontFace);
	}

	@Override
	public GVTFontFamily loadFont(InputStream in, FontFace fontFace) throws Exception {
		return SYSTEM.loadFont(in, fontFace);
	}

	@Override
	public GVTFontFamily getDefault() {
		return SYSTEM.resolve(BundledFonts.FAMILY);
	}

	@Override
	public GVTFontFamily getFamilyThatCanDisplay(char c) {
		return SYSTEM.getFamilyThatCanDisplay(c);
	}

	private static String bundledIfGeneric(String familyName) {
		return GENERIC.contains(familyName.trim().toLowerCase(Locale.ROOT)) ? BundledFonts.FAMILY : familyName;
	}
}
