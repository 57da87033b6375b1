package org.govmodel.dsl.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Which GovModel this is: the project version and the git commit it was built
 * from, as every front end reports it (the command line's {@code --version},
 * the language server's {@code serverInfo}). Maven writes the version into
 * {@code build.properties} and git's {@code rev-parse} into {@code commit}
 * when it builds this jar; a build from a source tarball, without git, knows
 * no commit.
 */
public record BuildInfo(String version, Optional<String> commit) {

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
		Properties properties = new Properties();
		try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return from(properties.getProperty("version"), resourceText("commit"));
	}

	/** A value Maven could not fill in is still a {@code ${...}} placeholder; an empty commit means there was no git. */
	static BuildInfo from(String version, String commit) {
		return new BuildInfo(filledIn(version).orElse("(unknown version)"), filledIn(commit));
	}

	private static String resourceText(String name) {
		try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Optional<String> filledIn(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
	}
}
