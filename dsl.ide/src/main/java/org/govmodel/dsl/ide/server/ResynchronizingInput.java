package org.govmodel.dsl.ide.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's byte stream, re-framed so that one bad frame header does not
 * derail every message after it.
 * <p>
 * lsp4j trusts {@code Content-Length}: a value too large swallows the next
 * message and then waits for bytes that never come, one too small or missing
 * leaves the rest of the body to be read as headers, a negative one stops the
 * reader. Here the end of a message is where its JSON value ends (JSON-RPC
 * messages are single JSON values, and a raw line break cannot occur inside a
 * JSON string), the header only announces it. Each message is passed on with
 * the header it should have had; every repair is logged with its reason.
 * Bytes that belong to no message are skipped up to the next header.
 */
final class ResynchronizingInput extends InputStream {

	private static final Logger LOG = Logger.getLogger(ResynchronizingInput.class.getName());
	private static final Pattern CONTENT_LENGTH = Pattern.compile("Content-Length:\\s*(\\S*)", Pattern.CASE_INSENSITIVE);
	private static final byte[] HEADER_START = "Content-Length:".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;
	/** Bytes read ahead that belong to the next frame (a header found inside a broken body). */
	private byte[] replay = new byte[0];
	private int replayAt;
	private byte[] frame = new byte[0];
	private int frameAt;

	ResynchronizingInput(InputStream in) {
		this.in = new BufferedInputStream(in);
	}

	@Override
	public int read() throws IOException {
		if (frameAt == frame.length && !nextFrame()) {
			return -1;
		}
		return frame[frameAt++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (frameAt == frame.length && !nextFrame()) {
			return -1;
		}
		int count = Math.min(length, frame.length - frameAt);
		System.arraycopy(frame, frameAt, buffer, offset, count);
		frameAt += count;
		return count;
	}

	private int next() throws IOException {
		if (replayAt < replay.length) {
			return replay[replayAt++] & 0xff;
		}
		return in.read();
	}

	private void pushBack(byte[] bytes, int from) {
		byte[] rest = new byte[bytes.length - from + replay.length - replayAt];
		System.arraycopy(bytes, from, rest, 0, bytes.length - from);
		System.arraycopy(replay, replayAt, rest, bytes.length - from, replay.length - replayAt);
		replay = rest;
		replayAt = 0;
	}

	/** Reads the next message and frames it; false at the end of the stream. */
	private boolean nextFrame() throws IOException {
		while (true) {
			Integer declared = readHeaders();
			if (declared == null) {
				return false;
			}
			int first = skipWhitespace();
			if (first < 0) {
				return false;
			}
			if (first != '{' && first != '[') {
				LOG.warning("Skipped input that is not a message after a header: resynchronizing on the next header");
				pushBack(new byte[] { (byte) first }, 0);
				continue;
			}
			byte[] body = readValue(first);
			if (body == null) {
				return false;
			}
			if (declared != body.length) {
				LOG.warning("A frame header announced " + (declared < 0 ? "no valid length" : declared + " bytes") + " for a message of " + body.length
						+ " bytes: the message was read to its end and the next header is read after it");
			}
			byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			frame = new byte[header.length + body.length];
			System.arraycopy(header, 0, frame, 0, header.length);
			System.arraycopy(body, 0, frame, header.length, body.length);
			frameAt = 0;
			return true;
		}
	}

	/**
	 * Reads header lines up to the blank line that ends them, or up to a body
	 * that starts without one.
	 *
	 * @return the announced length (-1 when missing or not a length), or null at the end of the stream
	 */
	private Integer readHeaders() throws IOException {
		int declared = -1;
		boolean sawHeader = false;
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int b = next();
			if (b < 0) {
				return null;
			}
			if ((b == '{' || b == '[') && line.size() == 0) {
				pushBack(new byte[] { (byte) b }, 0);
				if (!sawHeader) {
					LOG.warning("A message arrived without a header");
				}
				return declared;
			}
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1).strip();
				line.reset();
				if (text.isEmpty()) {
					if (sawHeader) {
						return declared;
					}
					continue; // blank lines between messages
				}
				Matcher length = CONTENT_LENGTH.matcher(text);
				if (length.find()) {
					if (length.start() > 0) {
						LOG.warning("Skipped " + length.start() + " bytes of input that belong to no message");
					}
					declared = parseLength(length.group(1));
				} else if (!text.regionMatches(true, 0, "Content-Type:", 0, 13)) {
					LOG.warning("Skipped a line that is not a frame header");
					continue;
				}
				sawHeader = true;
			} else if (b != '\r') {
				line.write(b);
			}
		}
	}

	private static int parseLength(String value) {
		try {
			int length = Integer.parseInt(value);
			if (length >= 0) {
				return length;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		LOG.warning("A frame header's Content-Length is not a length: '" + value + "'");
		return -1;
	}

	private int skipWhitespace() throws IOException {
		int b = next();
		while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
			b = next();
		}
		return b;
	}

	/**
	 * Reads one JSON value that starts with {@code first}, up to its end. A
	 * body broken off by the next frame's header (which no JSON can contain
	 * outside a string, and no JSON string can contain with its line break)
	 * ends there; it is passed on as it is, so the JSON-RPC layer reports it.
	 */
	private byte[] readValue(int first) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(first);
		int depth = 1;
		boolean inString = false;
		boolean escaped = false;
		while (depth > 0) {
			int b = next();
			if (b < 0) {
				return body.toByteArray();
			}
			body.write(b);
			if (inString) {
				if (escaped) {
					escaped = false;
				} else if (b == '\\') {
					escaped = true;
				} else if (b == '"') {
					inString = false;
				} else if (b == '\n') {
					return brokenOffAtHeader(body.toByteArray());
				}
			} else if (b == '"') {
				inString = true;
			} else if (b == '{' || b == '[') {
				depth++;
			} else if (b == '}' || b == ']') {
				depth--;
			} else if (b == 'C' || b == 'c') {
				if (headerFollows()) {
					byte[] sofar = body.toByteArray();
					return cutAt(sofar, sofar.length - 1);
				}
			}
		}
		return body.toByteArray();
	}

	/** Whether the bytes after a 'C' read "ontent-Length:" (they are read again either way). */
	private boolean headerFollows() throws IOException {
		ByteArrayOutputStream ahead = new ByteArrayOutputStream();
		for (int i = 1; i < HEADER_START.length; i++) {
			int b = next();
			if (b < 0) {
				break;
			}
			ahead.write(b);
			if (Character.toLowerCase(b) != Character.toLowerCase(HEADER_START[i])) {
				break;
			}
		}
		byte[] read = ahead.toByteArray();
		pushBack(read, 0);
		return read.length == HEADER_START.length - 1 && read[read.length - 1] == ':';
	}

	/** Cuts the body where the last header in it begins (a line break inside a string). */
	private byte[] brokenOffAtHeader(byte[] sofar) {
		int start = lastIndexOfHeader(sofar);
		return start < 0 ? sofar : cutAt(sofar, start);
	}

	/** Ends the body before {@code start} and reads the rest again as the next frame's header. */
	private byte[] cutAt(byte[] sofar, int start) {
		LOG.warning("A message was broken off by the next frame header after " + start + " bytes: the next message is read from that header");
		pushBack(sofar, start);
		byte[] body = new byte[start];
		System.arraycopy(sofar, 0, body, 0, start);
		return body;
	}

	private static int lastIndexOfHeader(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
		return text.lastIndexOf("content-length:");
	}
}
