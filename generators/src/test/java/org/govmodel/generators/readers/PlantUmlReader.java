package org.govmodel.generators.readers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * PlantUML itself (its jar from Maven Central, in-process) reading a .puml
 * export, allowed to read local files, so that an {@code !include} that got
 * through would show in {@link Reading#included()} and in the drawing.
 */
public final class PlantUmlReader {

	static {
		// PlantUML's own switch: the unrestricted profile lets !include read any local file
		System.setProperty("PLANTUML_SECURITY_PROFILE", "UNSECURE");
		System.setProperty("java.awt.headless", "true");
	}

	/** What PlantUML made of a text: its SVG, the files it included, and its syntax error if any. */
	public record Reading(String svg, Set<java.io.File> included, String error) {
	}

	private PlantUmlReader() {
	}

	public static Reading read(String puml) throws IOException {
		SourceStringReader reader = new SourceStringReader(puml);
		ByteArrayOutputStream svg = new ByteArrayOutputStream();
		reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
		BlockUml block = reader.getBlocks().get(0);
		String error = block.getDiagram() instanceof PSystemError failure ? String.join("\n", failure.getPureAsciiFormatted()) : null;
		return new Reading(svg.toString(StandardCharsets.UTF_8), block.getIncluded(), error);
	}
}
