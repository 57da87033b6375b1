package org.govmodel.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/**
 * Draws an SVG as a PNG for slides, in pure Java (Batik). The image fills a full-HD slide
 * ({@value #SLIDE_WIDTH}×{@value #SLIDE_HEIGHT}) keeping its proportions, and is never drawn at less
 * than {@value #MIN_SCALE}× its own size, so that the text of a large diagram stays sharp when zoomed.
 * Fonts the SVG names that this machine lacks are drawn with the bundled {@link BundledFonts#FAMILY}.
 */
public class SvgToPng {

	public static final int SLIDE_WIDTH = 1920;
	public static final int SLIDE_HEIGHT = 1080;
	public static final double MIN_SCALE = 2;

	/** The size in pixels of the PNG of a drawing of this size (SVG user units). */
	public static PixelSize pixelSize(double width, double height) {
		double scale = Math.max(Math.min(SLIDE_WIDTH / width, SLIDE_HEIGHT / height), MIN_SCALE);
		return new PixelSize((int) Math.round(width * scale), (int) Math.round(height * scale));
	}

	public record PixelSize(int width, int height) {
	}

	public byte[] render(String svg) {
		BundledFonts.registerWithJava2D();
		SVGDocument document = parse(svg);
		EmptyAttributes.drop(document.getRootElement());
		DrawingSize size = DrawingSize.of(document.getRootElement());
		PixelSize pixels = pixelSize(size.width(), size.height());
		PNGTranscoder transcoder = new BundledFontTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) pixels.width());
		transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) pixels.height());
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(document), new TranscoderOutput(png));
		} catch (TranscoderException e) {
			throw new IllegalStateException("cannot draw the SVG as PNG: " + e.getMessage(), e);
		}
		return png.toByteArray();
	}

	private static SVGDocument parse(String svg) {
		SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
		try {
			// a fixed document URI: generated SVGs refer to nothing outside themselves
			return factory.createSVGDocument("file:///govmodel.svg", new StringReader(svg));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Batik's PNG transcoder whose fallback font is the bundled one rather than whatever "SansSerif" is here. */
	private static final class BundledFontTranscoder extends PNGTranscoder {

		@Override
		protected UserAgent createUserAgent() {
			return new SVGAbstractTranscoderUserAgent() {
				@Override
				public FontFamilyResolver getFontFamilyResolver() {
					return new BundledFontFamilyResolver();
				}
			};
		}
	}
}
