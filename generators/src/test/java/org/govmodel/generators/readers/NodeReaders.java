package org.govmodel.generators.readers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The readers of the .dot and .mmd exports that run on node: Graphviz
 * compiled to WebAssembly and mermaid.js 11 (src/test/node, installed by the
 * build with npm ci from its lock file). One node process reads a batch.
 */
public final class NodeReaders {

	private NodeReaders() {
	}

	/**
	 * Reads each export (name → text; names end in .dot or .mmd) and returns
	 * what its reader made of it: {@code svg} for DOT; {@code title},
	 * {@code keys}, {@code config}, {@code labels} and {@code links} for
	 * Mermaid; or {@code error}.
	 */
	public static Map<String, JsonObject> read(Map<String, String> exports, Path workDir) throws IOException, InterruptedException {
		Path tools = Path.of(System.getProperty("govmodel.exportReaders", "src/test/node")).toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(System.getProperty("govmodel.node", "node"), tools.resolve("read-exports.mjs").toString()));
		Map<String, String> files = new LinkedHashMap<>();
		for (Map.Entry<String, String> export : exports.entrySet()) {
			Path file = workDir.resolve(files.size() + "-" + export.getKey().replaceAll("[^A-Za-z0-9.]", "_"));
			Files.writeString(file, export.getValue(), StandardCharsets.UTF_8);
			files.put(file.toString(), export.getKey());
			command.add(file.toString());
		}
		Path out = workDir.resolve("readers-output.json");
		Process node = new ProcessBuilder(command).directory(tools.toFile()).redirectOutput(out.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		if (!node.waitFor(300, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("node read-exports.mjs timed out");
		}
		if (node.exitValue() != 0) {
			throw new AssertionError("node read-exports.mjs failed (exit " + node.exitValue() + "); see its output above");
		}
		JsonObject all = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		Map<String, JsonObject> results = new LinkedHashMap<>();
		files.forEach((file, name) -> results.put(name, all.getAsJsonObject(file)));
		return results;
	}
}
