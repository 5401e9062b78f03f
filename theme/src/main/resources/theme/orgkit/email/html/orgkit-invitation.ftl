<#import "template.ftl" as layout>
<@layout.emailLayout>
<#if organizationImageUrl??>
<p><img id="orgkit-organization-logo" src="${organizationImageUrl}" alt="${organizationName}" height="64" style="max-height:64px;max-width:192px;border:0"/></p>
</#if>
${kcSanitize(msg("orgkitInvitationBodyHtml", link, organizationNameHtml, inviterNameHtml, roleNameHtml, expiresAt))?no_esc}
</@layout.emailLayout>
