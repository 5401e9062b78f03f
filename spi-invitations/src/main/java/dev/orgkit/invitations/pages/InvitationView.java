package dev.orgkit.invitations.pages;

/**
 * What the invitation pages show (the {@code invitation} template attribute). A class with getters
 * (not a record) so FreeMarker reads {@code invitation.state} as a property.
 *
 * <p>{@code state} is one of {@code invalid}, {@code confirm}, {@code sign-in}, {@code wrong-user},
 * {@code member}, {@code full} (the organization has reached its membership limit), {@code declined}, {@code register}.
 */
public final class InvitationView {

    private final String state;
    private final String organizationName;
    private final String inviterName;
    private final String roleName;
    private final String email;
    private final String expiresAt;
    private final String signedInAs;
    private final String acceptUrl;
    private final String declineUrl;
    private final String signInUrl;
    private final String registerUrl;
    private final String logoutUrl;
    private final String continueUrl;
    private final String csrf;
    private final String organizationImageUrl;

    InvitationView(String state, String organizationName, String inviterName, String roleName, String email, String expiresAt, String signedInAs, String acceptUrl, String declineUrl, String signInUrl, String registerUrl, String logoutUrl, String continueUrl, String csrf, String organizationImageUrl) {
        this.state = state;
        this.organizationName = organizationName;
        this.inviterName = inviterName;
        this.roleName = roleName;
        this.email = email;
        this.expiresAt = expiresAt;
        this.signedInAs = signedInAs;
        this.acceptUrl = acceptUrl;
        this.declineUrl = declineUrl;
        this.signInUrl = signInUrl;
        this.registerUrl = registerUrl;
        this.logoutUrl = logoutUrl;
        this.continueUrl = continueUrl;
        this.csrf = csrf;
        this.organizationImageUrl = organizationImageUrl;
    }

    static InvitationView invalid() {
        return new InvitationView("invalid", null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy in another state with the state's own fields. */
    InvitationView with(String newState, String newSignedInAs, String newAcceptUrl, String newDeclineUrl, String newSignInUrl,
                        String newRegisterUrl, String newLogoutUrl, String newCsrf) {
        return new InvitationView(newState, organizationName, inviterName, roleName, email, expiresAt, newSignedInAs, newAcceptUrl,
                newDeclineUrl, newSignInUrl, newRegisterUrl, newLogoutUrl, continueUrl, newCsrf, organizationImageUrl);
    }

    public String getState() {
        return state;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getInviterName() {
        return inviterName;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getEmail() {
        return email;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public String getSignedInAs() {
        return signedInAs;
    }

    public String getAcceptUrl() {
        return acceptUrl;
    }

    public String getDeclineUrl() {
        return declineUrl;
    }

    public String getSignInUrl() {
        return signInUrl;
    }

    public String getRegisterUrl() {
        return registerUrl;
    }

    public String getLogoutUrl() {
        return logoutUrl;
    }

    public String getContinueUrl() {
        return continueUrl;
    }

    public String getCsrf() {
        return csrf;
    }

    /** The organization's logo, or null when it has none. */
    public String getOrganizationImageUrl() {
        return organizationImageUrl;
    }
}
