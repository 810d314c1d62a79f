package io.ipcase.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one HTTP client of the hostile-input suite (HTTP/1.1, a few threads), and a raw socket for
 * what {@link HttpClient} will not send (a 64 KB header line).
 */
final class ProbeHttp implements AutoCloseable {

    /** What a probe sends: the path with its query exactly as it goes on the wire. */
    record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean raw) {

        static Request of(String method, String pathAndQuery) {
            return new Request(method, pathAndQuery, new LinkedHashMap<>(), null, false);
        }

        Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, pathAndQuery, copy, body, raw);
        }

        Request withoutHeader(String name) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.remove(name);
            return new Request(method, pathAndQuery, copy, body, raw);
        }

        Request body(byte[] bytes) {
            return new Request(method, pathAndQuery, headers, bytes, raw);
        }

        Request path(String newPathAndQuery) {
            return new Request(method, newPathAndQuery, headers, body, raw);
        }

        Request overSocket() {
            return new Request(method, pathAndQuery, headers, body, true);
        }
    }

    /** What came back; the body is cut at {@link #MAX_BODY} bytes, an event stream is not read at all. */
    record Response(int status, String contentType, String body, Map<String, String> headers) {

        boolean isProblem() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }

    static final int MAX_BODY = 256 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ExecutorService executor = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "hostile-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(executor).followRedirects(HttpClient.Redirect.NEVER).build();

    Response send(String baseUrl, Request request) throws IOException, InterruptedException {
        if (request.raw()) {
            return sendRaw(baseUrl, request);
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery())).timeout(TIMEOUT);
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException refused) {
            return sendRaw(baseUrl, request);
        }
        HttpRequest.BodyPublisher publisher = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        builder.method(request.method(), publisher);
        HttpRequest built = builder.build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException stale) {
            // a kept-alive connection the server had closed (it closes after some errors): it never read the
            // request, so sending it once more on a new connection is safe
            if (!String.valueOf(stale.getMessage()).contains("received no bytes") && !(stale instanceof java.io.EOFException)
                    && !String.valueOf(stale.getMessage()).toLowerCase(Locale.ROOT).contains("connection reset")) {
                throw stale;
            }
            response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
        }
        String contentType = response.headers().firstValue("content-type").orElse(null);
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String body;
        try (InputStream in = response.body()) {
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
                body = "(event stream, not read)";
            } else {
                body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            }
        }
        return new Response(response.statusCode(), contentType, body, headers);
    }

    /** HTTP/1.1 by hand: one request on its own connection, {@code Connection: close}, the answer read to the end. */
    static Response sendRaw(String baseUrl, Request request) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.pathAndQuery()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            request.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (request.body() != null) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (IOException closedWhileWriting) {
                // the server may answer and close before it has read everything; read what it said
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) != -1 && received.size() < MAX_BODY * 2) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException stopped) {
                if (received.size() == 0) {
                    throw stopped;
                }
            }
            return parse(received.toByteArray());
        }
    }

    private static Response parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            throw new IOException("no HTTP answer (" + bytes.length + " bytes: " + clip(text, 80) + ")");
        }
        List<String> lines = List.of(text.substring(0, headEnd).split("\r\n"));
        int status = Integer.parseInt(lines.get(0).split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Response(status, headers.get("content-type"), new String(rest, StandardCharsets.UTF_8), headers);
    }

    private static byte[] unchunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = i;
            while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(data, start, Math.min(size, data.length - start));
            i = start + size + 2;
        }
        return out.toByteArray();
    }

    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
