package org.govmodel.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govmodel.dsl.i18n.Messages;

/**
 * The text of a model file as every reader sees it: UTF-8, an optional
 * byte-order mark dropped, and bytes that are not UTF-8 replaced by U+FFFD
 * and remembered so that they are reported where they are instead of
 * silently changing the text.
 *
 * @param text    the decoded text, without byte-order mark
 * @param invalid where the first invalid byte sequence starts in the text and how many there are, or null
 */
public record ModelText(String text, InvalidBytes invalid) {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The first undecodable byte sequence: its offset in the decoded text and its byte offset in the file. */
	public record InvalidBytes(int textOffset, long byteOffset, int count) {
		/** What is wrong, in the language of the diagnostics' messages. */
		public String message(Messages messages) {
			return messages.text("GOV-IO-001.encoding", "offset", String.valueOf(byteOffset), "more", count - 1, "moreText", String.valueOf(count - 1));
		}
	}

	public static ModelText read(Path file) throws IOException {
		return decode(Files.readAllBytes(file));
	}

	public static ModelText read(InputStream in) throws IOException {
		return decode(in.readAllBytes());
	}

	public static ModelText decode(byte[] bytes) {
		int start = hasByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer output = CharBuffer.allocate(bytes.length + 1);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		int firstText = -1;
		long firstByte = -1;
		int count = 0;
		CoderResult result;
		while ((result = decoder.decode(input, output, true)).isError()) {
			if (count++ == 0) {
				firstText = output.position();
				firstByte = input.position();
			}
			output.put('\uFFFD');
			input.position(input.position() + result.length());
		}
		if (result.isOverflow()) {
			throw new IllegalStateException("UTF-8 never decodes to more characters than bytes");
		}
		decoder.flush(output);
		output.flip();
		return new ModelText(output.toString(), count == 0 ? null : new InvalidBytes(firstText, firstByte, count));
	}

	private static boolean hasByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1] && bytes[2] == BYTE_ORDER_MARK[2];
	}
}
