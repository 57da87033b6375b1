package org.govmodel.cli.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Streams over a socket channel that one thread can read while another writes.
 * {@link java.nio.channels.Channels#newInputStream} and {@code newOutputStream}
 * take the channel's one blocking lock for each read and write, so the daemon
 * watching its caller's input (to notice the caller going away) would stop the
 * run from writing its output. The channel itself reads and writes under
 * separate locks.
 */
final class SocketStreams {

	private SocketStreams() {
	}

	static InputStream in(SocketChannel channel) {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] bytes, int offset, int length) throws IOException {
				if (length == 0) {
					return 0;
				}
				return channel.read(ByteBuffer.wrap(bytes, offset, length));
			}
		};
	}

	static OutputStream out(SocketChannel channel) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
			}
		};
	}
}
