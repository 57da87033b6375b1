import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one synthetic governance structure twice, for the side-by-side
 * benchmark with Structurizr: N institutions, each with two units and a
 * reporting line to the institution above it (institution i reports to
 * (i - 1) / 10, a tree ten wide), as a GovModel file and as a Structurizr DSL
 * workspace (institutions as software systems, units as containers, the
 * reporting line as a relationship).
 *   java bench/PeerWorkspaces.java INSTITUTIONS OUTPUT_DIR
 * writes OUTPUT_DIR/govmodel/structure.govmodel and OUTPUT_DIR/workspace.dsl.
 */
public class PeerWorkspaces {

	public static void main(String[] args) throws IOException {
		int institutions = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out.resolve("govmodel"));
		try (PrintWriter w = writer(out.resolve("govmodel/structure.govmodel"))) {
			w.println("jurisdiction nation \"Synthetic nation\" country {");
			w.println("    administration term 4 years");
			w.println("}");
			for (int i = 0; i < institutions; i++) {
				w.printf("institution i%d \"Institution %d\" agency public {%n", i, i);
				if (i > 0) {
					w.printf("    reports to i%d%n", (i - 1) / 10);
				}
				w.printf("    unit a \"Unit A of %d\"%n", i);
				w.printf("    unit b \"Unit B of %d\"%n", i);
				w.println("}");
			}
		}
		try (PrintWriter w = writer(out.resolve("workspace.dsl"))) {
			w.println("workspace \"Synthetic nation\" {");
			w.println("    model {");
			for (int i = 0; i < institutions; i++) {
				w.printf("        i%d = softwareSystem \"Institution %d\" {%n", i, i);
				w.printf("            i%da = container \"Unit A of %d\"%n", i, i);
				w.printf("            i%db = container \"Unit B of %d\"%n", i, i);
				w.println("        }");
				if (i > 0) {
					w.printf("        i%d -> i%d \"reports to\"%n", i, (i - 1) / 10);
				}
			}
			w.println("    }");
			w.println("}");
		}
	}

	private static PrintWriter writer(Path file) throws IOException {
		return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
	}
}
