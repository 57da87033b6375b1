package org.govmodel.dsl.ide.preview;

import java.util.List;

import org.govmodel.generators.preview.PreviewView;

/**
 * Answer of {@code govmodel/preview}: the pictures of a model file, and a
 * message for the user when there is nothing (or only part) to show.
 *
 * @param language the BCP 47 tag of the language the pictures and their captions are written in
 *                 ({@code es}, {@code pt-BR}, {@code en}), for the page's {@code lang}
 */
public record PreviewResult(String uri, List<PreviewView> views, String message, String language) {
}
