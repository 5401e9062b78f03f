package dev.orgkit.organizations.logo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageTypeTest {

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("png", Samples.png(), ImageType.PNG),
                Arguments.of("jpeg", Samples.jpeg(), ImageType.JPEG),
                Arguments.of("webp", Samples.WEBP, ImageType.WEBP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void recognisesPngJpegAndWebpByTheirContent(String name, byte[] content, ImageType expected) {
        assertThat(ImageType.sniff(content)).contains(expected);
    }

    static Stream<Arguments> lookAlikes() {
        byte[] png = Samples.png();
        byte[] jpeg = Samples.jpeg();
        return Stream.of(
                Arguments.of("svg", Samples.SVG),
                Arguments.of("svg with an XML prolog", Samples.ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                Arguments.of("svg saved as logo.png (the name never enters)", Samples.SVG.clone()),
                Arguments.of("gif", Samples.gif()),
                Arguments.of("html", Samples.ascii("<!doctype html><html><script>alert(1)</script></html>")),
                Arguments.of("html after a png signature only", Samples.concat(Samples.firstBytes(png, 8), Samples.ascii("<html></html>"))),
                Arguments.of("png signature only", Samples.firstBytes(png, 8)),
                Arguments.of("truncated png", Samples.firstBytes(png, png.length - 1)),
                Arguments.of("truncated jpeg", Samples.firstBytes(jpeg, jpeg.length / 2)),
                Arguments.of("jpeg start marker only", Samples.firstBytes(jpeg, 3)),
                Arguments.of("truncated webp", Samples.firstBytes(Samples.WEBP, Samples.WEBP.length - 2)),
                Arguments.of("riff that is no webp", Samples.ascii("RIFF\u0004\u0000\u0000\u0000WAVE")),
                Arguments.of("plain text", Samples.ascii("hello")),
                Arguments.of("nothing", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void refusesEverythingElse(String name, byte[] content) {
        assertThat(ImageType.sniff(content)).isEmpty();
    }

    @Test
    void readsBackTheTypeItStored() {
        for (ImageType type : ImageType.values()) {
            assertThat(ImageType.ofContentType(type.contentType())).contains(type);
        }
        assertThat(ImageType.ofContentType("image/svg+xml")).isEmpty();
    }
}
