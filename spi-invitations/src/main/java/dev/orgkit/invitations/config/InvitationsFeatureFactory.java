package dev.orgkit.invitations.config;

import java.util.List;

import dev.orgkit.organizations.spi.DeclaredFeatureFactory;

/** Declares the settings and actions of invitations to the core. */
public final class InvitationsFeatureFactory extends DeclaredFeatureFactory {

    public static final String PROVIDER_ID = "invitations";

    public InvitationsFeatureFactory() {
        super(PROVIDER_ID, InvitationSettings.ALL, InvitationActions.ALL, List.of());
    }
}
