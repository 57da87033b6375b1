package org.govmodel.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the client and the background process say to each other over the
 * process's socket. The client sends one request: a version, whether its
 * output is a terminal, and the command's arguments. The process answers with
 * {@link #ACCEPTED} or {@link #BUSY}, then with frames of standard output and
 * standard error as the command writes them, and last with the exit code.
 * Client and process always come from the same build (the build is part of the
 * socket's name, {@link DaemonAddress}); the version guards against anything
 * else listening there.
 */
final class DaemonProtocol {

	static final int VERSION = 0x474d0001; // "GM", 1

	static final byte ACCEPTED = 'A';
	static final byte BUSY = 'B';

	static final byte STDOUT = 'O';
	static final byte STDERR = 'E';
	static final byte EXIT = 'X';

	/** Longer arguments than this are not a command line a shell can pass; the request is refused. */
	private static final int MAX_ARGUMENT_BYTES = 1 << 20;
	private static final int MAX_ARGUMENTS = 100_000;

	private DaemonProtocol() {
	}

	record Request(boolean interactive, List<String> args) {
	}

	static void writeRequest(DataOutputStream out, Request request) throws IOException {
		out.writeInt(VERSION);
		out.writeBoolean(request.interactive());
		out.writeInt(request.args().size());
		for (String arg : request.args()) {
			byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}
		out.flush();
	}

	static Request readRequest(DataInputStream in) throws IOException {
		if (in.readInt() != VERSION) {
			throw new IOException("not a GovModel client of this version");
		}
		boolean interactive = in.readBoolean();
		int count = in.readInt();
		if (count < 0 || count > MAX_ARGUMENTS) {
			throw new IOException("bad argument count " + count);
		}
		String[] args = new String[count];
		for (int i = 0; i < count; i++) {
			int length = in.readInt();
			if (length < 0 || length > MAX_ARGUMENT_BYTES) {
				throw new IOException("bad argument length " + length);
			}
			byte[] bytes = in.readNBytes(length);
			if (bytes.length != length) {
				throw new IOException("truncated request");
			}
			args[i] = new String(bytes, StandardCharsets.UTF_8);
		}
		return new Request(interactive, Arrays.asList(args));
	}

	/**
	 * One of the command's output streams, sent as frames; the two streams of a run share the
	 * socket, so a frame is written whole under the socket's lock.
	 */
	static final class FrameStream extends OutputStream {

		private final DataOutputStream socket;
		private final byte stream;

		FrameStream(DataOutputStream socket, byte stream) {
			this.socket = socket;
			this.stream = stream;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return;
			}
			synchronized (socket) {
				socket.writeByte(stream);
				socket.writeInt(length);
				socket.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() throws IOException {
			synchronized (socket) {
				socket.flush();
			}
		}
	}

	static void writeExit(DataOutputStream socket, int code) throws IOException {
		synchronized (socket) {
			socket.writeByte(EXIT);
			socket.writeInt(code);
			socket.flush();
		}
	}
}
