package dev.orgkit.it.invitations;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Reads what the test SMTP server received. */
final class Mailbox {

    private Mailbox() {
    }

    /** The newest message to {@code address}, waiting for it to arrive (up to 30 s). */
    static MimeMessage await(GreenMailExtension mail, String address) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
            if (received.length > 0) {
                return received[received.length - 1];
            }
            mail.waitForIncomingEmail(1000, Arrays.stream(mail.getReceivedMessages()).toList().size() + 1);
        }
        throw new AssertionError("no email to " + address + " arrived");
    }

    static int count(GreenMailExtension mail, String address) {
        return mail.getReceivedMessagesForDomain(address).length;
    }

    /** The text of a part of the given type (decoded), searching multiparts. */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
