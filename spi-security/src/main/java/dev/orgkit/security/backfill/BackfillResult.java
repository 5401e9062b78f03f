package dev.orgkit.security.backfill;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one backfill batch did. {@code cursor} is the id of the last user it looked at: pass it as
 * {@code after} to go on past users that failed (without it, the next batch retries them first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackfillResult(int processed, int created, int skipped, int failed, long remaining, boolean done, String cursor) {
}
