package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bundle of the generators as files, for the localization tests: its three languages, their
 * completeness, and the words of its texts; and the words the examples and the library write themselves.
 */
public final class BundleFiles {

	/** A word as the no-English checks count them: four letters or more. */
	static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	private BundleFiles() {
	}

	/** @param resource the bundle's path without suffix, e.g. {@code /org/govmodel/generators/i18n/site} */
	static Properties load(String resource, String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BundleFiles.class.getResourceAsStream(resource + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Every key in every language, and every pattern a valid ICU message format. */
	public static void assertCompleteAndValid(String resource) throws IOException {
		Properties english = load(resource, "");
		for (String suffix : List.of("_es", "_pt")) {
			Properties translated = load(resource, suffix);
			assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), suffix);
			for (String key : translated.stringPropertyNames()) {
				new com.ibm.icu.text.MessageFormat(translated.getProperty(key), Locale.ROOT);
			}
		}
	}

	/** The words of the English texts (not of argument names and selectors) that neither translation uses. */
	static Set<String> englishTemplateWords(String resource) throws IOException {
		Set<String> words = wordsOf(load(resource, ""));
		words.removeAll(wordsOf(load(resource, "_es")));
		words.removeAll(wordsOf(load(resource, "_pt")));
		return words;
	}

	private static Set<String> wordsOf(Properties bundle) {
		Set<String> words = new HashSet<>();
		for (String key : bundle.stringPropertyNames()) {
			// drop argument names and plural/select keywords: "{count, plural, one {# project}}" keeps "project"
			String text = bundle.getProperty(key).replaceAll("\\{\\s*\\w+\\s*(,\\s*\\w+\\s*,?)?", " ").replaceAll("\\b(one|other|some|none)\\b", " ");
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	/** Every word the examples and the standard library write (model text is shown as written). */
	static Set<String> sourceWords() throws IOException {
		Set<String> words = new HashSet<>();
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> examples = Files.list(Path.of("../examples")); Stream<Path> library = Files.walk(Path.of("../dsl/src/main/resources/govmodel/library"))) {
			Stream.concat(examples, library).filter(p -> p.toString().endsWith(".govmodel")).forEach(sources::add);
		}
		for (Path source : sources) {
			Matcher m = WORD.matcher(Files.readString(source));
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}
}
