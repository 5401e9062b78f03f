package dev.orgkit.invitations.config;

import java.util.List;

import dev.orgkit.organizations.spi.Setting;

/** The realm settings of invitations, declared to the core by {@link InvitationsFeatureFactory}. */
public final class InvitationSettings {

    public static final Setting EXPIRY_DAYS = Setting.count("invitation-expiry-days", 7, 1, 30,
            "Default lifetime of an invitation in days (a request may ask for 1 to 30).");
    public static final Setting ORG_DAILY_LIMIT = Setting.count("invitation-org-daily-limit", 20, 0, 1_000_000,
            "Invitations (creates and resends) one organization may send per 24 hours; 0 means no limit.");
    public static final Setting IP_LIMIT = Setting.count("invitation-ip-limit", 5, 0, 1_000_000,
            "Invitations (creates and resends) one client IP may send per window; 0 means no limit.");
    public static final Setting IP_WINDOW_MINUTES = Setting.count("invitation-ip-window-minutes", 15, 1, 1_000_000,
            "Length of the per-IP invitation window in minutes.");
    public static final Setting RETENTION_DAYS = Setting.count("invitation-retention-days", 30, 0, 1_000_000,
            "Days after which expired, accepted, declined and revoked invitations are purged.");

    public static final List<Setting> ALL = List.of(EXPIRY_DAYS, ORG_DAILY_LIMIT, IP_LIMIT, IP_WINDOW_MINUTES, RETENTION_DAYS);

    private InvitationSettings() {
    }
}
