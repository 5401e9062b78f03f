package dev.orgkit.organizations.limits;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.records.OrganizationRecordEntity;
import dev.orgkit.organizations.records.Records;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * How many members an organization may have (Clerk's {@code max_allowed_memberships}): its own limit
 * when it has one ({@code ORGKIT_ORGANIZATION.MAX_ALLOWED_MEMBERSHIPS}), else the realm's
 * {@code max-allowed-memberships}; 0 means no limit. An organization over its limit (the limit was
 * lowered) keeps its members, but nobody joins until it is below again.
 *
 * <p>Every way into an organization through orgkit asks {@link #requireRoom} with the organization's
 * row lock held, and both the limit and the members are read with locking reads, so parallel joins
 * into the last free seat end with exactly one member more.
 */
public final class MembershipLimit {

    /** The field of the organization's representations and update bodies. */
    public static final String FIELD = "max_allowed_memberships";

    /** Highest limit an organization (or a realm's default) can have. */
    public static final int MAX = 1_000_000;

    private final RealmModel realm;
    private final Records records;
    private final KeycloakRowLocks locks;

    public MembershipLimit(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.records = Records.of(session);
        this.locks = KeycloakRowLocks.of(session);
    }

    /**
     * The limit that applies given an organization's own one ({@code own}, null: none of its own), as
     * the transaction sees it: for answers, not for decisions.
     */
    public static int effective(RealmModel realm, Integer own) {
        return decide(own, OrgkitPolicy.of(realm).maxAllowedMemberships());
    }

    /**
     * The limit on committed data: takes the organization's row lock (404 when it is gone), then reads
     * the organization's own limit with a locking read.
     */
    public int committed(OrganizationModel org) {
        if (!locks.lockOrganization(org.getId())) {
            throw OrgkitException.notFound("organization not found");
        }
        return decide(records.committedMaxAllowedMemberships(org.getId()), OrgkitPolicy.of(realm).maxAllowedMemberships());
    }

    /**
     * Answers 409 {@code membership_limit_reached} unless {@code org} has room for {@code extra} more
     * members beside the current ones, counted with a locking read under the organization's lock.
     */
    public void requireRoom(OrganizationModel org, int extra) {
        int limit = committed(org);
        if (limit == 0) {
            return;
        }
        // counting up to the limit is enough to decide, and bounds the read
        int members = locks.countMembers(org.getId(), limit);
        if (!hasRoom(limit, members, extra)) {
            throw reached(limit);
        }
    }

    /** The organization's own limit when it has one, else the realm's default. */
    static int decide(Integer own, int realmDefault) {
        return own != null ? own : realmDefault;
    }

    /** Whether {@code members} plus {@code extra} fit within {@code limit} (0: no limit). */
    static boolean hasRoom(int limit, int members, int extra) {
        return limit == 0 || (long) members + extra <= limit;
    }

    static OrgkitException reached(int limit) {
        return OrgkitException.of(OrgkitException.Kind.CONFLICT, OrgkitCore.MEMBERSHIP_LIMIT_REACHED,
                "the organization has reached its limit of " + limit + " member" + (limit == 1 ? "" : "s")
                        + " (pending invitations count toward it when inviting); a realm admin can raise it",
                Map.of(FIELD, limit));
    }

    /**
     * The limit a request body asks for: a whole number from 0 (no limit) to {@link #MAX}, or JSON
     * {@code null}, answered as null, for the realm's default. Anything else is a 400 naming the field.
     */
    public static Integer requested(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0 && value.asLong() <= MAX) {
            return value.asInt();
        }
        throw OrgkitException.invalid(FIELD + " must be a whole number from 0 (no limit) to " + MAX
                + ", or null for the realm's default");
    }
}
