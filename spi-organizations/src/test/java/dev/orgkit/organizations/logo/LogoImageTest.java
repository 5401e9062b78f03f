package dev.orgkit.organizations.logo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.orgkit.organizations.spi.OrgkitException;

class LogoImageTest {

    @Test
    void anAcceptedImageCarriesItsTypeAndSha256() {
        LogoImage image = LogoImage.of(Samples.WEBP);

        assertThat(image.type()).isEqualTo(ImageType.WEBP);
        assertThat(image.bytes()).isEqualTo(Samples.WEBP);
        assertThat(image.sha256()).hasSize(64).isEqualTo(LogoImage.sha256(Samples.WEBP));
        assertThat(LogoImage.sha256(Samples.ascii("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anSvgIsRefusedAsAnInvalidImage() {
        assertThatThrownBy(() -> LogoImage.of(Samples.SVG))
                .isInstanceOfSatisfying(OrgkitException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OrgkitException.Kind.INVALID);
                    assertThat(e.error()).isEqualTo("invalid_image");
                });
    }

    @Test
    void anEmptyBodyIsAnInvalidRequest() {
        assertThatThrownBy(() -> LogoImage.of(new byte[0]))
                .isInstanceOfSatisfying(OrgkitException.class, e -> assertThat(e.error()).isEqualTo("invalid_request"));
        assertThatThrownBy(() -> LogoImage.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(OrgkitException.class, e -> assertThat(e.error()).isEqualTo("invalid_request"));
    }

    @Test
    void moreThanOneMebibyteIsTooLargeWhateverItIs() {
        byte[] tooLarge = Arrays.copyOf(Samples.png(), LogoImage.MAX_BYTES + 1);

        assertThatThrownBy(() -> LogoImage.of(tooLarge))
                .isInstanceOfSatisfying(OrgkitException.class, e -> {
                    assertThat(e.kind().status()).isEqualTo(413);
                    assertThat(e.error()).isEqualTo("image_too_large");
                });
        assertThatThrownBy(() -> LogoImage.read(new ByteArrayInputStream(tooLarge)))
                .isInstanceOfSatisfying(OrgkitException.class, e -> assertThat(e.error()).isEqualTo("image_too_large"));
    }

    @Test
    void aStreamIsReadUpToTheLimit() {
        byte[] png = Samples.png();

        assertThat(LogoImage.read(new ByteArrayInputStream(png)).bytes()).isEqualTo(png);
    }
}
