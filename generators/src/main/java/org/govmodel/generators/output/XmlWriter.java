package org.govmodel.generators.output;


import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes SVG and (X)HTML through StAX, so that every model-supplied text is
 * escaped and the output is well-formed by construction: text and attribute
 * values pass through {@link DisplayText} first, since StAX escapes markup
 * but writes control characters and unpaired surrogates, which no XML parser
 * accepts and UTF-8 cannot encode. Numbers are written
 * with a fixed number of decimals and Locale-independent, for byte-identical
 * output.
 */
public final class XmlWriter {

	/**
	 * One factory per thread: {@link XMLOutputFactory#newInstance()} looks the implementation up anew each time (a
	 * service lookup that cost more than writing a small page), and a factory is not promised to be thread-safe.
	 */
	private static final ThreadLocal<XMLOutputFactory> FACTORIES = ThreadLocal.withInitial(XMLOutputFactory::newInstance);

	private final TextBuffer buffer = new TextBuffer();
	private final XMLStreamWriter xml;
	private int depth;
	private boolean childOnLine;

	public XmlWriter() {
		try {
			xml = FACTORIES.get().createXMLStreamWriter(buffer);
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Starts an element on a new, indented line. */
	public XmlWriter open(String name, String... attributes) {
		return run(() -> {
			newLine();
			xml.writeStartElement(name);
			attributes(attributes);
			depth++;
			childOnLine = false;
		});
	}

	/** An element with text content only, on one line. */
	public XmlWriter text(String name, String text, String... attributes) {
		return run(() -> {
			newLine();
			xml.writeStartElement(name);
			attributes(attributes);
			xml.writeCharacters(DisplayText.of(text));
			xml.writeEndElement();
		});
	}

	/** An empty element on one line. */
	public XmlWriter empty(String name, String... attributes) {
		return run(() -> {
			newLine();
			xml.writeEmptyElement(name);
			attributes(attributes);
		});
	}

	/** Text inside the current element (escaped). */
	public XmlWriter characters(String text) {
		return run(() -> {
			xml.writeCharacters(DisplayText.of(text));
			childOnLine = true;
		});
	}

	public XmlWriter close() {
		return run(() -> {
			depth--;
			if (!childOnLine) {
				newLine();
			}
			xml.writeEndElement();
			childOnLine = false;
		});
	}

	/** Text escaped as {@link #characters} writes it: for a document put together from pieces, most of them made once. */
	public static String escaped(String text) {
		XmlWriter writer = new XmlWriter();
		return writer.run(() -> {
			writer.xml.writeCharacters(DisplayText.of(text));
			writer.xml.flush();
		}).buffer.toString();
	}

	/** Raw markup that is known to be safe (a doctype). */
	public XmlWriter raw(String markup) {
		return run(() -> {
			xml.flush();
			buffer.write(markup);
		});
	}

	/**
	 * A self-contained HTML page up to its open {@code body}: doctype, language,
	 * UTF-8, title and the page's own style sheet (no external resources).
	 */
	public static XmlWriter htmlPage(String lang, String title, String style) {
		XmlWriter html = new XmlWriter();
		html.raw("<!DOCTYPE html>");
		html.open("html", "lang", lang);
		html.open("head");
		html.empty("meta", "charset", "utf-8");
		html.text("title", title);
		html.text("style", style);
		html.close();
		html.open("body");
		return html;
	}

	public String finish() {
		return run(() -> {
			xml.writeEndDocument();
			xml.flush();
		}).buffer.toString() + "\n";
	}

	/** A coordinate or length: one decimal, dot separator. */
	public static String num(double value) {
		if (!Double.isFinite(value)) {
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}
		// what String.format("%.1f") writes (half up, from the shortest decimal of the double), without parsing a
		// format for each of the hundreds of thousands of coordinates of a national model's drawings
		String text = java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
		boolean negative = value < 0 || (value == 0 && 1 / value < 0);
		return negative && text.charAt(0) != '-' ? "-" + text : text;
	}

	/** A scale value as a label: at most two decimals, no trailing zeros ("1", "0.25"). */
	public static String label(double value) {
		return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			xml.writeAttribute(attributes[i], DisplayText.of(attributes[i + 1]));
		}
	}

	private void newLine() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	private interface XmlStep {
		void run() throws XMLStreamException;
	}

	private XmlWriter run(XmlStep step) {
		try {
			step.run();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}
}
