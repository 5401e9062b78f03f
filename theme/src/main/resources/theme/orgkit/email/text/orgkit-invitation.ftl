<#ftl output_format="plainText">
${msg("orgkitInvitationBody", link, organizationName, inviterName, roleName, expiresAt)}
