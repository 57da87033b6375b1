package org.govmodel.generators.site;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.govmodel.dsl.comparison.ElementMatcher.Snapshot;
import org.govmodel.generators.output.JsonText;
import org.govmodel.generators.output.OutputFolder;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * {@value #FILE}: what a run's pages are about, written at the root of the output so that the next run can tell
 * where each page went. Each entry is a page's path, its role among its element's pages, and the element as
 * {@link Snapshot} (name, kind, title, stated attributes: what {@code govmodel diff}'s matcher compares); for
 * the pages kept at the addresses of pages that went away, the element they lead to, or none.
 *
 * @param pages the pages of elements the run generated
 * @param gone  the moved and removed pages the run kept ({@code element} null for a removed element's)
 */
public record PageManifest(List<Entry> pages, List<Entry> gone) {

	public static final String FILE = "pages.json";

	private static final int VERSION = 1;

	/** A page's path as the generators name them ({@code FolderNames}): a manifest edited to point elsewhere is not followed. */
	private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*\\.html");

	/** A page and the element it describes (or leads to). */
	public record Entry(String path, String role, Snapshot element) {
	}

	public static final PageManifest NONE = new PageManifest(List.of(), List.of());

	public String render() {
		return JsonText.pretty(false, json -> {
			json.beginObject();
			json.name("version").value(VERSION);
			json.name("about").value("The pages of this site by the model element they describe; read by the next govmodel generate "
					+ "to keep moved and removed pages' addresses working.");
			json.name("pages");
			entries(pages, json);
			json.name("gone");
			entries(gone, json);
			json.endObject();
		}) + "\n";
	}

	/**
	 * The manifest of the output a run replaces, as every front end reads it.
	 *
	 * @param manifest   the previous pages; {@link #NONE} when there are none or the file is not a manifest
	 * @param unreadable the file that is not a manifest of this version, for the front end to warn about
	 */
	public record Previous(PageManifest manifest, Optional<Path> unreadable) {
	}

	/**
	 * Reads the manifest of the pages the output had before this run: the file given (a published site restored
	 * elsewhere, as a CI build does), else the output folder's own, if GovModel wrote that folder.
	 *
	 * @param given        the manifest named by the user, or null
	 * @param outputFolder the folder the run replaces
	 */
	public static Previous previous(Path given, Path outputFolder) throws IOException {
		Optional<String> text = given != null ? Optional.of(Files.readString(given, StandardCharsets.UTF_8)) : OutputFolder.previous(outputFolder, FILE);
		if (text.isEmpty()) {
			return new Previous(NONE, Optional.empty());
		}
		Optional<PageManifest> manifest = parse(text.get());
		return new Previous(manifest.orElse(NONE), manifest.isPresent() ? Optional.empty() : Optional.of(given != null ? given : outputFolder.resolve(FILE)));
	}

	/**
	 * The manifest a previous run wrote, or empty when the text is not one (another version, edited by hand). Read as
	 * a stream, without a tree of the whole text: a national model's manifest is some 40 MB, read on one thread
	 * before the reports are made.
	 */
	public static Optional<PageManifest> parse(String json) {
		try (JsonReader reader = new JsonReader(new StringReader(json))) {
			reader.setLenient(true);
			Integer version = null;
			List<Entry> pages = null;
			List<Entry> gone = null;
			reader.beginObject();
			while (reader.hasNext()) {
				switch (reader.nextName()) {
				case "version" -> version = reader.nextInt();
				case "pages" -> pages = entries(reader);
				case "gone" -> gone = entries(reader);
				default -> reader.skipValue();
				}
			}
			reader.endObject();
			if (reader.peek() != JsonToken.END_DOCUMENT || version == null || version != VERSION || pages == null || gone == null) {
				return Optional.empty();
			}
			return Optional.of(new PageManifest(pages, gone));
		} catch (IOException | IllegalStateException | NumberFormatException e) {
			// not JSON, or not shaped as a manifest (a value of another type where an entry's field is)
			return Optional.empty();
		}
	}

	private static void entries(List<Entry> entries, JsonWriter json) throws IOException {
		json.beginArray();
		for (Entry entry : entries) {
			json.beginObject();
			json.name("path").value(entry.path());
			json.name("role").value(entry.role());
			if (entry.element() != null) {
				json.name("element");
				snapshot(entry.element(), json);
			}
			json.endObject();
		}
		json.endArray();
	}

	private static void snapshot(Snapshot element, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("name").value(element.name());
		json.name("kind").value(element.kind());
		if (element.title() != null) {
			json.name("title").value(element.title());
		}
		if (element.owner() != null) {
			json.name("owner");
			snapshot(element.owner(), json);
		}
		json.name("signature").beginArray();
		for (String fact : element.signature()) {
			json.value(fact);
		}
		json.endArray();
		json.endObject();
	}

	/** A list of entries; a page whose path is not one the generators write is left out. */
	private static List<Entry> entries(JsonReader reader) throws IOException {
		List<Entry> entries = new ArrayList<>();
		reader.beginArray();
		while (reader.hasNext()) {
			String path = null;
			String role = null;
			Snapshot element = null;
			reader.beginObject();
			while (reader.hasNext()) {
				switch (reader.nextName()) {
				case "path" -> path = reader.nextString();
				case "role" -> role = reader.nextString();
				case "element" -> element = snapshot(reader);
				default -> reader.skipValue();
				}
			}
			reader.endObject();
			if (path == null) {
				throw new IllegalStateException("an entry without its path");
			}
			if (!PAGE.matcher(path).matches()) {
				continue;
			}
			if (role == null) {
				throw new IllegalStateException("a page without its role");
			}
			entries.add(new Entry(path, role, element));
		}
		reader.endArray();
		return entries;
	}

	private static Snapshot snapshot(JsonReader reader) throws IOException {
		String name = null;
		String kind = null;
		Snapshot owner = null;
		String title = null;
		Set<String> signature = null;
		reader.beginObject();
		while (reader.hasNext()) {
			switch (reader.nextName()) {
			case "name" -> name = reader.nextString();
			case "kind" -> kind = reader.nextString();
			case "owner" -> owner = snapshot(reader);
			case "title" -> title = reader.nextString();
			case "signature" -> {
				signature = new LinkedHashSet<>();
				reader.beginArray();
				while (reader.hasNext()) {
					signature.add(reader.nextString());
				}
				reader.endArray();
			}
			default -> reader.skipValue();
			}
		}
		reader.endObject();
		if (name == null || kind == null || signature == null) {
			throw new IllegalStateException("an element without its name, kind or signature");
		}
		return new Snapshot(name, kind, owner, title, signature);
	}
}
