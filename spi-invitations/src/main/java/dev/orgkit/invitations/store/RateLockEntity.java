package dev.orgkit.invitations.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row to lock (table {@code ORGKIT_RATE_LOCK}) so that the sends of one client IP are counted
 * one request after the other on every node; the organization's own row serves the per-org limit.
 */
@Entity
@Table(name = "ORGKIT_RATE_LOCK")
public class RateLockEntity {

    @Id
    @Column(name = "ID", length = 120)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }
}
