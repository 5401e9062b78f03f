package dev.orgkit.security.domains;

import java.util.List;

/** Looks up the TXT records of a DNS name. */
public interface TxtResolver {

    /** The TXT values at {@code name}; empty when the name or its TXT records do not exist. */
    List<String> txt(String name) throws LookupFailure;

    /** The DNS server could not answer (timeout, server failure, refused). */
    final class LookupFailure extends Exception {
        public LookupFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
