package dev.orgkit.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A small JSON-over-HTTP client for tests: one request, one {@link Response}. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient client;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Request get(String path) {
        return new Request("GET", path);
    }

    public Request post(String path) {
        return new Request("POST", path);
    }

    public Request put(String path) {
        return new Request("PUT", path);
    }

    public Request patch(String path) {
        return new Request("PATCH", path);
    }

    public Request delete(String path) {
        return new Request("DELETE", path);
    }

    /** A CORS preflight as a browser sends it (add {@code Origin} and {@code Access-Control-Request-*}). */
    public Request options(String path) {
        return new Request("OPTIONS", path);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request bearer(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(Object value) {
            try {
                String text = value instanceof String s ? s : JSON.writeValueAsString(value);
                headers.put("Content-Type", "application/json");
                body = HttpRequest.BodyPublishers.ofString(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** A raw body, e.g. an image; {@code contentType} null sends none. */
        public Request bytes(String contentType, byte[] content) {
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        /** A {@code multipart/form-data} body with one file part. */
        public Request multipart(String part, String filename, String contentType, byte[] content) {
            String boundary = "orgkit-" + Long.toString(System.nanoTime(), 36);
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + content.length + end.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(content, 0, all, start.length, content.length);
            System.arraycopy(end, 0, all, start.length + content.length, end.length);
            return bytes("multipart/form-data; boundary=" + boundary, all);
        }

        public Request form(Map<String, String> fields) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(Http.form(fields));
            return this;
        }

        public Response send() {
            URI uri = URI.create(path.startsWith("http") ? path : baseUrl + path);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method, body);
            headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(method + " " + path, response);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + uri + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static final class Response {
        private final String what;
        private final HttpResponse<byte[]> response;

        Response(String what, HttpResponse<byte[]> response) {
            this.what = what;
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        /** The body as it came, e.g. an image. */
        public byte[] bytes() {
            return response.body().clone();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonNode json() {
            String text = body();
            if (text == null || text.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException(what + " did not answer JSON (" + status() + "): " + text, e);
            }
        }

        /** Fails with the request, status and body when the status is not the expected one. */
        public Response expect(int expected) {
            if (status() != expected) {
                throw new AssertionError(what + ": expected HTTP " + expected + " but was " + status() + ": " + body());
            }
            return this;
        }

        @Override
        public String toString() {
            return what + " -> " + status() + " " + body();
        }
    }
}
