package org.govmodel.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays out an XHTML document with its inline SVG drawings as PDF pages (openhtmltopdf on PDFBox, SVG by
 * Batik), with the bundled fonts embedded (as subsets) so every reader shows the same letters. The same
 * document gives the same bytes: no creation date, and a document id derived from its title.
 */
class PdfWriter {

	private static final Logger LOG = Logger.getLogger(PdfWriter.class.getName());

	static {
		// openhtmltopdf logs its progress ("Using fast-mode renderer. Prepare to fly.") at INFO on the console of
		// every command that prints; its diagnostics reach write() through the builder's consumer instead
		XRLog.setLoggingEnabled(false);
	}

	byte[] write(Document xhtml, String title) {
		BundledFonts.registerWithJava2D();
		List<Diagnostic> problems = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.withW3cDocument(xhtml, "file:///govmodel/");
			builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
			for (BundledFonts.Face face : BundledFonts.FACES) {
				builder.useFont(face::open, BundledFonts.FAMILY, face.weight(), FontStyle.NORMAL, true);
			}
			builder.withProducer("GovModel");
			builder.withDiagnosticConsumer(diagnostic -> {
				if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
					problems.add(diagnostic);
				}
			});
			try (var renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
			}
			pdf.getDocumentInformation().setTitle(title);
			pdf.getDocumentInformation().setCreationDate(null); // the clock: two runs would differ
			pdf.getDocumentInformation().setModificationDate(null);
			fixDocumentId(pdf, title);
			pdf.save(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// a warning means a PDF that differs from the page we built (a missing glyph, an unreadable drawing)
		problems.forEach(problem -> LOG.log(Level.WARNING, title + ": " + problem.getFormattedMessage(), problem.getError()));
		return out.toByteArray();
	}

	/** PDFBox would otherwise derive the trailer's /ID from the clock: two runs would differ. */
	private static void fixDocumentId(PDDocument pdf, String title) {
		byte[] id = Arrays.copyOf(sha256(title), 16);
		COSArray array = new COSArray();
		array.add(new COSString(id));
		array.add(new COSString(id));
		pdf.getDocument().getTrailer().setItem(COSName.ID, array);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
