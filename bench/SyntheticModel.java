import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic, valid GovModel workspace for benchmarks:
 *   java bench/SyntheticModel.java INSTITUTIONS OUTPUT_DIR
 * Every 1,000 institutions go to a file of their own, describing one
 * municipality. Per 100 institutions the model adds a strategic group, a
 * directive and an operational body (with autonomy, units, a CIO, a CTO and a
 * board), 10 solutions with their prerequisites, a project and a full ECLAC
 * assessment (one per year), so everything grows linearly with the number of
 * institutions. References cross files: every file uses the law of file 0.
 */
public class SyntheticModel {

	public static void main(String[] args) throws IOException {
		int institutions = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		int perFile = 1000;
		for (int file = 0; file * perFile < institutions; file++) {
			int first = file * perFile;
			int last = Math.min(institutions, first + perFile);
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(String.format("part-%04d.govmodel", file)), StandardCharsets.UTF_8))) {
				writeFile(w, first, last);
			}
		}
	}

	static void writeFile(PrintWriter w, int first, int last) {
		w.printf("// synthetic institutions %d to %d%n", first, last - 1);
		w.printf("jurisdiction j%d \"Municipio %d\" municipality {%n    administration term 4 years%n}%n", first, first);
		if (first == 0) {
			w.println("law base \"Ley de gobierno digital\" number \"1\" year 2010");
		}
		for (int i = first; i < last; i++) {
			w.printf("institution i%d \"Institución %d\" ministry %s portfolio finance%n", i, i, i % 10 == 1 ? "private" : "public");
		}
		w.printf("incentive inc%d for institutions \"Premio\" as recognition%n", first);
		w.printf("penalty pen%d for institutions \"Sanción\" as funding-limit legal basis base%n", first);
		for (int g = first; g < last; g += 100) {
			writeGroup(w, g);
		}
	}

	static void writeGroup(PrintWriter w, int g) {
		w.printf("law law%d \"Ley %d\" number \"%d\" year 1999%n", g, g, g);
		w.printf("strategic group s%d \"Consejo %d\" {%n    chair i%d%n    members i%d, i%d, i%d%n    established by law%d%n    characteristics multisectoral, legal-rank%n}%n",
				g, g, g, g, g + 1, g + 2, g);
		String autonomy = "    autonomy {%n        operational-independence full%n        appointment merit term 6 years%n        budget own protected%n        transparency audited%n    }%n";
		w.printf("directive institution d%d \"Secretaría %d\" secretariat public within i%d {%n    reports to s%d%n    established by law%d, base%n" + autonomy
				+ "    cio \"CIO %d\" rank undersecretary term 6 years%n}%n", g, g, g, g, g, g);
		w.printf("operational institution o%d \"Agencia %d\" agency public {%n    under d%d%n    reports to d%d%n    established by law%d%n" + autonomy
				+ "    cto \"CTO %d\" answers to d%d.cio%n    board {%n        chair i%d%n        members i%d, i%d%n    }%n", g, g, g, g, g, g, g, g, g, g + 3);
		for (int u = 0; u < 5; u++) {
			w.printf("    unit u%d \"Unidad %d\"%n", u, u);
		}
		w.println("}");
		String[] kinds = { "digital-identity", "interoperability", "digital-signature", "single-window", "cybersecurity" };
		String[] requires = { "", "", "%n    requires sol%1$d_0", "%n    requires sol%1$d_0, sol%1$d_1", "" };
		for (int s = 0; s < 10; s++) {
			// one owner body per kind within the municipality would be the ideal; here every group's agency runs its own
			w.printf("solution sol%d_%d %s \"Solución %d\" {%n    owner o%d.u%d%n    legal basis law%d" + String.format(requires[s % 5], g)
					+ "%n    status operational since 2021%n}%n", g, s, kinds[s % kinds.length], s, g, s % 5, g);
		}
		w.printf("project p%d \"Proyecto %d\" {%n    owner o%d%n    delivers sol%d_0%n    budget 100000 USD%n    from 2024-01 to 2025-12%n    milestone m \"Hito\" 2024-06%n}%n",
				g, g, g, g);
		w.printf("assessment a%d of maturity year %d {%n", g, 2000 + (g % 1000) / 100);
		int[] sizes = { 4, 4, 4, 4, 4, 3, 4, 4, 4 };
		int c = 0;
		for (int area = 1; area <= 3; area++) {
			for (int comp = 1; comp <= 3; comp++, c++) {
				for (int v = 1; v <= sizes[c]; v++) {
					w.printf("    %d.%d.%d = %d%n", area, comp, v, 1 + (g + v) % 4);
				}
			}
		}
		w.println("}");
	}
}
