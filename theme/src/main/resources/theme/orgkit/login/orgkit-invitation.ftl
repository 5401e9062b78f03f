<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#-- The page of an invitation link; what it shows depends on invitation.state (see InvitationView). -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if invitation.state == "invalid">
            ${msg("orgkitInvitationInvalidTitle")}
        <#elseif invitation.state == "declined">
            ${msg("orgkitInvitationDeclinedTitle")}
        <#else>
            ${msg("orgkitInvitationTitle", invitation.organizationName)}
        </#if>
    <#elseif section = "form">
        <div id="orgkit-invitation" data-state="${invitation.state}">
        <#if invitation.organizationImageUrl??>
            <p><img id="orgkit-invitation-logo" src="${invitation.organizationImageUrl}" alt="${invitation.organizationName}" style="max-height:64px;max-width:192px"/></p>
        </#if>
        <#if invitation.state == "invalid">
            <p id="orgkit-invitation-invalid">${msg("orgkitInvitationInvalid")}</p>
        <#else>
            <p id="orgkit-invitation-summary">${msg("orgkitInvitationSummary", invitation.inviterName, invitation.organizationName, invitation.roleName)}</p>
            <p>${msg("orgkitInvitationFor", invitation.email)}<br/>${msg("orgkitInvitationExpires", invitation.expiresAt)}</p>
            <#if invitation.state == "confirm">
                <form id="orgkit-invitation-accept" class="${properties.kcFormClass!}" action="${invitation.acceptUrl}" method="post">
                    <input type="hidden" name="csrf" value="${invitation.csrf}"/>
                    <@buttons.actionGroup>
                        <@buttons.button id="orgkit-accept" name="accept" label="orgkitInvitationAccept"/>
                    </@buttons.actionGroup>
                </form>
                <form id="orgkit-invitation-decline" class="${properties.kcFormClass!}" action="${invitation.declineUrl}" method="post">
                    <input type="hidden" name="csrf" value="${invitation.csrf}"/>
                    <@buttons.actionGroup>
                        <@buttons.button id="orgkit-decline" name="decline" label="orgkitInvitationDecline" type="secondary"/>
                    </@buttons.actionGroup>
                </form>
            <#elseif invitation.state == "sign-in">
                <p>${msg("orgkitInvitationSignInFirst")}</p>
                <div class="${properties.kcFormGroupClass!}">
                    <a id="orgkit-sign-in" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${invitation.signInUrl}">${msg("orgkitInvitationSignIn")}</a>
                </div>
                <#if invitation.registerUrl??>
                    <div class="${properties.kcFormGroupClass!}">
                        <a id="orgkit-register" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${invitation.registerUrl}">${msg("orgkitInvitationRegister")}</a>
                    </div>
                </#if>
            <#elseif invitation.state == "wrong-user">
                <p id="orgkit-invitation-wrong-user">${msg("orgkitInvitationWrongUser", invitation.signedInAs, invitation.email)}</p>
                <div class="${properties.kcFormGroupClass!}">
                    <a id="orgkit-sign-out" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${invitation.logoutUrl}">${msg("orgkitInvitationSignOut")}</a>
                </div>
            <#elseif invitation.state == "member">
                <p id="orgkit-invitation-member">${msg("orgkitInvitationAlreadyMember", invitation.organizationName)}</p>
            <#elseif invitation.state == "full">
                <p id="orgkit-invitation-full">${msg("orgkitInvitationFull", invitation.organizationName)}</p>
            <#elseif invitation.state == "declined">
                <p id="orgkit-invitation-declined">${msg("orgkitInvitationDeclined", invitation.organizationName)}</p>
            </#if>
        </#if>
        </div>
    </#if>
</@layout.registrationLayout>
