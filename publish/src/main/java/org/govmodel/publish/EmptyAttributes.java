package org.govmodel.publish;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Drops the attributes of an SVG drawing whose value is empty ({@code stroke-dasharray=""}): browsers
 * ignore such a value, Batik rejects it and logs an error for every element. Without them the drawing
 * is the one a browser shows.
 */
final class EmptyAttributes {

	private EmptyAttributes() {
	}

	static void drop(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = attributes.getLength() - 1; i >= 0; i--) {
			Node attribute = attributes.item(i);
			if (attribute.getNodeValue().isBlank()) {
				element.removeAttributeNode((org.w3c.dom.Attr) attribute);
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				drop(childElement);
			}
		}
	}
}
