package dev.orgkit.invitations.pages;

/**
 * What the invitation pages show (the {@code invitation} template attribute).
 *
 * @param state one of {@code invalid}, {@code confirm}, {@code sign-in}, {@code wrong-user},
 *              {@code member}, {@code declined}, {@code disabled-theme}
 */
public record InvitationView(String state, String organizationName, String inviterName, String roleName, String email,
                             String expiresAt, String signedInAs, String acceptUrl, String declineUrl, String signInUrl,
                             String registerUrl, String logoutUrl, String continueUrl, String csrf) {

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

    static InvitationView invalid() {
        return new InvitationView("invalid", null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
