package org.govmodel.generators.output;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * A relative file path as a relative URI reference (RFC 3986, section 4.2): segments joined by {@code /}, and in
 * each segment every byte of its UTF-8 form percent-encoded except the unreserved characters and the
 * sub-delimiters, so that a space, {@code #}, {@code ?}, {@code %}, {@code :}, a control character or a line break
 * in a file name stays part of the path (a {@code #} would otherwise start a fragment, a {@code :} in the first
 * segment a scheme). Resolved against the base it is relative to, it names the file again.
 */
public final class UriPath {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UriPath() {
	}

	/**
	 * @param path a relative path, its folders separated by {@code /} or the system's separator (Windows'
	 *             {@code \}; elsewhere a {@code \} is part of a name, and encoded)
	 */
	public static String of(String path) {
		StringBuilder uri = new StringBuilder(path.length() + 16);
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c == '/' || c == File.separatorChar) {
				uri.append('/');
			} else if (kept(c)) {
				uri.append((char) c);
			} else {
				uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return uri.toString();
	}

	/** RFC 3986's unreserved characters and sub-delimiters: allowed in a path segment as they are. */
	private static boolean kept(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=@".indexOf(c) >= 0;
	}
}
