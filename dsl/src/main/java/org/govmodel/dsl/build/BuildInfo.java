package org.govmodel.dsl.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Which GovModel this is: the project version and the git commit it was built
 * from, as every front end reports it (the command line's {@code --version},
 * the language server's {@code serverInfo}). Maven writes both into
 * {@code build.properties} when it builds this jar; a build from a source
 * tarball, without git, knows no commit.
 */
public record BuildInfo(String version, Optional<String> commit) {

	private static final String RESOURCE = "build.properties";
	private static final BuildInfo CURRENT = load();

	/** The build this class was compiled in. */
	public static BuildInfo current() {
		return CURRENT;
	}

	/** For example {@code 0.1.0 (commit 80ea29d)} or {@code 0.1.0 (unknown commit)}. */
	public String describe() {
		return version + " (" + commit.map(id -> "commit " + id).orElse("unknown commit") + ")";
	}

	static BuildInfo load() {
		try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return from(properties);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads the filtered properties; a value Maven could not fill in is still a {@code ${...}} placeholder. */
	static BuildInfo from(Properties properties) {
		Optional<String> version = filledIn(properties.getProperty("version"));
		Optional<String> commit = filledIn(properties.getProperty("commit"));
		return new BuildInfo(version.orElse("(unknown version)"), commit);
	}

	private static Optional<String> filledIn(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
	}
}
