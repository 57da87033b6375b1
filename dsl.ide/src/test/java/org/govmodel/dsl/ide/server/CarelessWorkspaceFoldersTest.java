package org.govmodel.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Workspace folders a careless client adds or removes: one that does not exist, a file given as a folder, one removed
 * that was never added, one added twice. The server goes on serving the folders it has, without a stack trace.
 */
class CarelessWorkspaceFoldersTest {

	private static final Pattern STACK_TRACE_LINE = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

	@TempDir
	Path workspace;

	@TempDir
	Path other;

	@Test
	void foldersThatAreNotThereOrNotFoldersLeaveTheServerServing() throws Exception {
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		ServerLogging.to(log);
		Files.writeString(workspace.resolve("model.govmodel"), "operational institution agency \"Agency\" agency\n");
		Files.writeString(other.resolve("other.govmodel"), "operational institution office \"Office\" agency\n");
		Path aFile = Files.writeString(workspace.resolve("notes.txt"), "not a folder\n");
		PipedServer server = new PipedServer();
		JsonObject initialized = server.requestAndWait("init", "initialize", "{\"rootUri\":\"" + workspace.toUri()
				+ "\",\"capabilities\":{\"workspace\":{\"workspaceFolders\":true}},\"workspaceFolders\":[{\"uri\":\"" + workspace.toUri() + "\",\"name\":\"w\"}]}");
		assertTrue(initialized.has("result"), initialized.toString());
		server.notify("initialized", "{}");
		server.requestAndWait("first", "workspace/symbol", "{\"query\":\"agency\"}");

		server.notify("workspace/didChangeWorkspaceFolders", "{\"event\":{\"added\":[" + folder(workspace.resolve("missing")) + "," + folder(aFile)
				+ "," + folder(workspace) + "," + folder(other) + "," + folder(other) + "],\"removed\":[" + folder(workspace.resolve("never")) + "]}}");
		JsonObject office = server.requestAndWait("office", "workspace/symbol", "{\"query\":\"office\"}");
		assertTrue(office.toString().contains("other.govmodel"), "the folder added is served: " + office);
		JsonObject agency = server.requestAndWait("agency", "workspace/symbol", "{\"query\":\"agency\"}");
		assertTrue(agency.toString().contains("model.govmodel"), "the first folder still is: " + agency);

		server.notify("workspace/didChangeWorkspaceFolders", "{\"event\":{\"added\":[],\"removed\":[" + folder(other) + "," + folder(other) + "]}}");
		JsonObject gone = server.requestAndWait("gone", "workspace/symbol", "{\"query\":\"office\"}");
		assertFalse(gone.toString().contains("other.govmodel"), "the folder removed is no longer served: " + gone);
		String logged = log.toString(StandardCharsets.UTF_8);
		assertFalse(STACK_TRACE_LINE.matcher(logged).find(), () -> "the server logged a stack trace:\n" + logged);
	}

	@Test
	void aFolderAddedThenRemovedIsNoLongerServed() throws Exception {
		Files.writeString(workspace.resolve("model.govmodel"), "operational institution agency \"Agency\" agency\n");
		Files.writeString(other.resolve("other.govmodel"), "operational institution office \"Office\" agency\n");
		PipedServer server = new PipedServer();
		server.requestAndWait("init", "initialize", "{\"rootUri\":\"" + workspace.toUri()
				+ "\",\"capabilities\":{\"workspace\":{\"workspaceFolders\":true}},\"workspaceFolders\":[{\"uri\":\"" + workspace.toUri() + "\",\"name\":\"w\"}]}");
		server.notify("initialized", "{}");
		server.requestAndWait("first", "workspace/symbol", "{\"query\":\"agency\"}");
		server.notify("workspace/didChangeWorkspaceFolders", "{\"event\":{\"added\":[" + folder(other) + "],\"removed\":[]}}");
		JsonObject office = server.requestAndWait("office", "workspace/symbol", "{\"query\":\"office\"}");
		assertTrue(office.toString().contains("other.govmodel"), "the folder added is served: " + office);
		server.notify("workspace/didChangeWorkspaceFolders", "{\"event\":{\"added\":[],\"removed\":[" + folder(other) + "]}}");
		JsonObject gone = server.requestAndWait("gone", "workspace/symbol", "{\"query\":\"office\"}");
		assertFalse(gone.toString().contains("other.govmodel"), "the folder removed is no longer served: " + gone);
	}

	private static String folder(Path path) {
		return "{\"uri\":\"" + path.toUri() + "\",\"name\":\"" + path.getFileName() + "\"}";
	}


}
