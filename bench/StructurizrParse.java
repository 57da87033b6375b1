import java.io.File;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;

/**
 * Parses a Structurizr DSL workspace with Structurizr's own parser and prints
 * the time it took and what it built:
 *   java -cp STRUCTURIZR_CLASSPATH bench/StructurizrParse.java workspace.dsl
 * prints "parse_ms=… elements=… relationships=…".
 */
public class StructurizrParse {

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		StructurizrDslParser parser = new StructurizrDslParser();
		parser.parse(new File(args[0]));
		long ms = (System.nanoTime() - start) / 1_000_000;
		Workspace workspace = parser.getWorkspace();
		System.out.printf("parse_ms=%d elements=%d relationships=%d%n", ms, workspace.getModel().getElements().size(),
				workspace.getModel().getRelationships().size());
	}
}
