package dev.orgkit.webhooks.signing;

import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Keeps signing secrets encrypted at rest. The key encryption key is, in order of preference:
 * <ol>
 *   <li>the server's configured key ({@code --spi-orgkit-api-extension--webhooks--secret-encryption-key},
 *       base64 of 32+ bytes), which lives outside the database;</li>
 *   <li>otherwise the realm's active AES key ({@code aes-generated}), identified by its kid so a
 *       rotated realm key still decrypts while it exists.</li>
 * </ol>
 * A ciphertext made with a key that is no longer the preferred one is re-encrypted on its next use.
 */
public final class SecretVault {

    static final String CONFIG_PREFIX = "config:";
    static final String REALM_PREFIX = "realm-aes:";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SecretCipher configured;

    /** A secret sealed with a key, and which key. */
    public record Sealed(String ciphertext, String keyRef) { }

    /** @param configured the cipher of the configured key, or null when none is configured */
    public SecretVault(KeycloakSession session, RealmModel realm, SecretCipher configured) {
        this.session = session;
        this.realm = realm;
        this.configured = configured;
    }

    public Sealed seal(String endpointId, String secret) {
        if (configured != null) {
            return new Sealed(configured.encrypt(secret, associatedData(endpointId)), CONFIG_PREFIX + configured.fingerprint());
        }
        KeyWrapper key = activeRealmKey();
        return new Sealed(new SecretCipher(key.getSecretKey().getEncoded()).encrypt(secret, associatedData(endpointId)),
                REALM_PREFIX + key.getKid());
    }

    /** @throws SecretUnavailableException when the key that sealed it is gone (or the row was tampered with) */
    public String open(String endpointId, Sealed sealed) {
        SecretCipher cipher = cipherFor(sealed.keyRef());
        try {
            return cipher.decrypt(sealed.ciphertext(), associatedData(endpointId));
        } catch (IllegalArgumentException e) {
            throw new SecretUnavailableException("the signing secret cannot be decrypted with its key");
        }
    }

    /** Whether {@code keyRef} is not the key {@link #seal} would use now. */
    public boolean isStale(String keyRef) {
        if (configured != null) {
            return !(CONFIG_PREFIX + configured.fingerprint()).equals(keyRef);
        }
        return !(REALM_PREFIX + activeRealmKey().getKid()).equals(keyRef);
    }

    private SecretCipher cipherFor(String keyRef) {
        if (keyRef != null && keyRef.startsWith(CONFIG_PREFIX)) {
            if (configured == null || !keyRef.equals(CONFIG_PREFIX + configured.fingerprint())) {
                throw new SecretUnavailableException("the signing secret was encrypted with a configured key this server does not have");
            }
            return configured;
        }
        if (keyRef != null && keyRef.startsWith(REALM_PREFIX)) {
            KeyWrapper key = session.keys().getKey(realm, keyRef.substring(REALM_PREFIX.length()), KeyUse.ENC, Algorithm.AES);
            if (key == null || key.getSecretKey() == null) {
                throw new SecretUnavailableException("the realm key that encrypted the signing secret no longer exists");
            }
            return new SecretCipher(key.getSecretKey().getEncoded());
        }
        throw new SecretUnavailableException("unknown key reference");
    }

    private KeyWrapper activeRealmKey() {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.ENC, Algorithm.AES);
        if (key == null || key.getSecretKey() == null) {
            throw new SecretUnavailableException("the realm has no active AES key");
        }
        return key;
    }

    private String associatedData(String endpointId) {
        return "orgkit-webhook-secret:" + realm.getId() + ":" + endpointId;
    }
}
