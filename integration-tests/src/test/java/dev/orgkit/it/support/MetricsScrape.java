package dev.orgkit.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of a node's Prometheus text at {@code /metrics} on the management port, and the
 * values of its series by name and labels.
 */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;
    private final String text;

    private MetricsScrape(String text) {
        this.text = text;
        this.samples = text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(MetricsScrape::parse).toList();
    }

    public static MetricsScrape of(KeycloakServer node) {
        Http.Response response = new Http(node.managementUrl()).get("/metrics").send().expect(200);
        return new MetricsScrape(response.body());
    }

    /** The sum of the series of {@code name} whose labels include {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** Whether any series of {@code name} is exposed. */
    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The {@code # HELP} and {@code # TYPE} lines of {@code name}. */
    public List<String> metadata(String name) {
        return text.lines().filter(l -> l.startsWith("# HELP " + name + " ") || l.startsWith("# TYPE " + name + " ")).toList();
    }

    private static Sample parse(String line) {
        Matcher m = SAMPLE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("not a Prometheus sample: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(2) != null) {
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
        }
        return new Sample(m.group(1), labels, Double.parseDouble(m.group(3)));
    }
}
