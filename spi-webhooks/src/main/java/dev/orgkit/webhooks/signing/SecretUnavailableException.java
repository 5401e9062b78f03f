package dev.orgkit.webhooks.signing;

/** A signing secret cannot be decrypted (its key is gone); the message says why, never the secret. */
public final class SecretUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message) {
        super(message);
    }
}
