package org.govmodel.generators.preview;

/**
 * One picture of a preview: an org diagram, a radar or a trend, as the SVG the
 * generators write.
 *
 * @param id    stable identifier (kind and subject), so a client can keep its scroll position per view
 * @param title what the picture shows
 * @param kind  {@code diagram}, {@code radar} or {@code trend}
 * @param svg   self-contained SVG document
 */
public record PreviewView(String id, String title, String kind, String svg) {
}
