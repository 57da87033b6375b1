package org.govmodel.publish;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An XHTML document built as a DOM: model text goes in as text nodes, so it needs no escaping, and the
 * generators' SVG drawings go in as parsed elements.
 */
final class Xhtml {

	static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

	private final Document document;

	Xhtml(String lang) {
		document = newBuilder().newDocument();
		Element html = document.createElementNS(NAMESPACE, "html");
		html.setAttribute("lang", lang);
		document.appendChild(html);
	}

	Document document() {
		return document;
	}

	Element root() {
		return document.getDocumentElement();
	}

	/** A new element with optional text, appended to the parent. */
	Element add(Node parent, String name, String text) {
		Element element = document.createElementNS(NAMESPACE, name);
		if (text != null) {
			element.setTextContent(text);
		}
		parent.appendChild(element);
		return element;
	}

	Element add(Node parent, String name) {
		return add(parent, name, null);
	}

	Element addWithClass(Node parent, String name, String cssClass, String text) {
		Element element = add(parent, name, text);
		element.setAttribute("class", cssClass);
		return element;
	}

	/** The SVG drawing, parsed and imported into this document, appended to the parent. */
	Element addSvg(Node parent, String svg) {
		try {
			Document drawing = newBuilder().parse(new InputSource(new StringReader(svg)));
			EmptyAttributes.drop(drawing.getDocumentElement());
			Element imported = (Element) document.importNode(drawing.getDocumentElement(), true);
			parent.appendChild(imported);
			return imported;
		} catch (SAXException e) {
			throw new IllegalStateException("a generator produced an SVG that is not well-formed XML: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static DocumentBuilder newBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}
}
