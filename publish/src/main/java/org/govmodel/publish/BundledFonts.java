package org.govmodel.publish;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typeface of the print exports: DejaVu Sans (regular and bold) from the {@code jasperreports-fonts}
 * jar, so that a fresh machine draws every accent of Spanish and Portuguese the same way without any
 * font installed. The PDF embeds these files; the PNGs are drawn with them.
 */
public final class BundledFonts {

	/** The family name CSS and SVG use to ask for it. */
	public static final String FAMILY = "DejaVu Sans";

	/** One face of the family: a TrueType file on the class path and its CSS weight. */
	public record Face(String resource, int weight) {

		public InputStream open() {
			InputStream stream = BundledFonts.class.getResourceAsStream(resource);
			if (stream == null) {
				throw new IllegalStateException("the font " + resource + " is missing from the class path (net.sf.jasperreports:jasperreports-fonts)");
			}
			return stream;
		}
	}

	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	public static final List<Face> FACES = List.of(new Face(FOLDER + "DejaVuSans.ttf", 400), new Face(FOLDER + "DejaVuSans-Bold.ttf", 700));

	private static boolean registered;

	private BundledFonts() {
	}

	/** Makes the family known to Java2D (and so to Batik), once per JVM. */
	public static synchronized void registerWithJava2D() {
		if (registered) {
			return;
		}
		GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (Face face : FACES) {
			try (InputStream in = face.open()) {
				environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (FontFormatException e) {
				throw new IllegalStateException("unreadable font " + face.resource(), e);
			}
		}
		registered = true;
	}
}
