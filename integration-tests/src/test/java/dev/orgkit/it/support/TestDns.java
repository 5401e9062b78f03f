package dev.orgkit.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny authoritative DNS server on a loopback UDP port, for domain verification tests: it
 * answers TXT queries from a map tests fill ({@link #txt}), NOERROR without answers for other
 * types of a known name, and NXDOMAIN for every other name. The server under test is pointed at it
 * through {@code --spi-orgkit-api-extension--domains--dns-server} (see TestEnvironment).
 */
public final class TestDns implements AutoCloseable {

    private static final int TYPE_TXT = 16;

    private final DatagramSocket socket;
    private final Map<String, List<String>> records = new ConcurrentHashMap<>();
    private final Thread thread;

    private TestDns() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "orgkit-it-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public static TestDns start() {
        return new TestDns();
    }

    /** {@code host:port} of the server. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** Publishes TXT values at {@code name} (replacing what was there); no values removes the name. */
    public void txt(String name, String... values) {
        String key = key(name);
        if (values.length == 0) {
            records.remove(key);
        } else {
            records.put(key, List.of(values));
        }
    }

    private static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] answer = answer(packet.getData(), packet.getLength());
                if (answer != null) {
                    socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                }
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    /** The response to one query, or null for a packet that is no query. */
    byte[] answer(byte[] query, int length) {
        if (length < 12) {
            return null;
        }
        int position = 12;
        StringBuilder name = new StringBuilder();
        while (position < length && query[position] != 0) {
            int labelLength = query[position] & 0xff;
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(query, position + 1, labelLength, StandardCharsets.US_ASCII));
            position += labelLength + 1;
        }
        int questionEnd = position + 5; // zero byte, QTYPE, QCLASS
        if (questionEnd > length) {
            return null;
        }
        int type = ((query[position + 1] & 0xff) << 8) | (query[position + 2] & 0xff);
        List<String> values = records.get(key(name.toString()));
        List<String> answers = values != null && type == TYPE_TXT ? values : List.of();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(0x84 | (query[2] & 0x01)); // QR, AA, RD copied
        out.write(values == null ? 0x03 : 0x00); // NXDOMAIN or NOERROR
        writeShort(out, 1);
        writeShort(out, answers.size());
        writeShort(out, 0);
        writeShort(out, 0);
        out.write(query, 12, questionEnd - 12);
        for (String value : answers) {
            byte[] rdata = characterStrings(value);
            writeShort(out, 0xC00C); // pointer to the question's name
            writeShort(out, TYPE_TXT);
            writeShort(out, 1);
            writeShort(out, 0);
            writeShort(out, 0); // TTL 0
            writeShort(out, rdata.length);
            out.write(rdata, 0, rdata.length);
        }
        return out.toByteArray();
    }

    private static byte[] characterStrings(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < bytes.length || chunks.isEmpty(); i += 255) {
            int end = Math.min(bytes.length, i + 255);
            byte[] chunk = new byte[end - i];
            System.arraycopy(bytes, i, chunk, 0, chunk.length);
            chunks.add(chunk);
        }
        for (byte[] chunk : chunks) {
            out.write(chunk.length);
            out.write(chunk, 0, chunk.length);
        }
        return out.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xff);
        out.write(value & 0xff);
    }

    @Override
    public void close() {
        socket.close();
    }
}
