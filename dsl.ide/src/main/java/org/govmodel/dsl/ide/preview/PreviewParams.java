package org.govmodel.dsl.ide.preview;

/** Parameters of {@code govmodel/preview}: the model file to show. */
public record PreviewParams(String uri) {
}
