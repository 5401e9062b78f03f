<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("orgkitInvitationBodyHtml", link, organizationNameHtml, inviterNameHtml, roleNameHtml, expiresAt))?no_esc}
</@layout.emailLayout>
