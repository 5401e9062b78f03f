package dev.orgkit.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript for tests of login-theme pages: keeps cookies, follows redirects
 * only when asked, and reads HTML forms (action and inputs) with a tiny parser.
 */
public final class Browser {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private final String baseUrl;
    private final HttpClient client;
    /** Cookies by "path name": Java's CookieManager sends Keycloak's Version=1 cookies in RFC 2965 form, which Keycloak does not read. */
    private final Map<String, String[]> cookies = new LinkedHashMap<>();

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A page and where it came from. */
    public record Page(URI uri, int status, String body, Optional<String> location) {

        /** The form with {@code id}, or the only form of the page when {@code id} is null. */
        public Form form(String id) {
            Matcher forms = FORM.matcher(body);
            while (forms.find()) {
                Map<String, String> attributes = attributes(forms.group(1));
                if (id == null || id.equals(attributes.get("id"))) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    Matcher inputs = INPUT.matcher(forms.group(2));
                    while (inputs.find()) {
                        Map<String, String> input = attributes(inputs.group(1));
                        if (input.containsKey("name")) {
                            fields.put(input.get("name"), input.getOrDefault("value", ""));
                        }
                    }
                    return new Form(uri.resolve(attributes.getOrDefault("action", uri.toString())), fields);
                }
            }
            throw new AssertionError("no form " + id + " on " + uri + " (" + status + "):\n" + body);
        }

        /** The href of the link with {@code id}. */
        public Optional<URI> link(String id) {
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                Map<String, String> attributes = attributes(links.group(1));
                if (id.equals(attributes.get("id")) && attributes.containsKey("href")) {
                    return Optional.of(uri.resolve(attributes.get("href")));
                }
            }
            return Optional.empty();
        }

        public boolean has(String text) {
            return body.contains(text);
        }

        @Override
        public String toString() {
            return uri + " -> " + status + location.map(l -> " Location: " + l).orElse("") + "\n" + body;
        }
    }

    public record Form(URI action, Map<String, String> fields) {
        public Form with(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(fields);
            copy.put(name, value);
            return new Form(action, copy);
        }
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    public Page submit(Form form) {
        return send(HttpRequest.newBuilder(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(form.fields()))));
    }

    /** Follows redirects from {@code page} while they stay on the server under test; the first page that is not a redirect, or that leaves. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 20 && current.location().isPresent(); hops++) {
            URI next = current.uri().resolve(current.location().get());
            if (!next.toString().startsWith(baseUrl)) {
                return current;
            }
            current = get(next.toString());
        }
        return current;
    }

    private URI resolve(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private Page send(HttpRequest.Builder builder) {
        HttpRequest unsent = builder.timeout(Duration.ofSeconds(60)).build();
        String cookieHeader = cookieHeader(unsent.uri());
        if (!cookieHeader.isEmpty()) {
            builder.header("Cookie", cookieHeader);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::store);
            return new Page(request.uri(), response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String cookieHeader(URI uri) {
        StringBuilder header = new StringBuilder();
        for (String[] cookie : cookies.values()) {
            if (uri.getPath().startsWith(cookie[2])) {
                header.append(header.length() == 0 ? "" : "; ").append(cookie[0]).append('=').append(cookie[1]);
            }
        }
        return header.toString();
    }

    private synchronized void store(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            String lower = attribute.toLowerCase();
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.startsWith("max-age=") && Long.parseLong(attribute.substring(8).trim()) <= 0) {
                expired = true;
            } else if (lower.startsWith("expires=") && attribute.contains("1970")) {
                expired = true;
            }
        }
        String key = path + " " + name;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new String[] {name, value, path});
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            attributes.put(matcher.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#x3D;", "=").replace("&#61;", "=");
    }
}
