<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- Registration through an invitation: the email is the invited one and cannot be changed here. -->
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("orgkitInvitationRegisterTitle", invitation.organizationName)}
    <#elseif section = "form">
        <#if invitation.organizationImageUrl??>
            <p><img id="orgkit-invitation-logo" src="${invitation.organizationImageUrl}" alt="${invitation.organizationName}" style="max-height:64px;max-width:192px"/></p>
        </#if>
        <p id="orgkit-invitation-summary">${msg("orgkitInvitationSummary", invitation.inviterName, invitation.organizationName, invitation.roleName)}</p>
        <form id="orgkit-invitation-register" class="${properties.kcFormClass!}" action="${registerAction}" method="post" novalidate="novalidate">
            <@field.group name="email" label=msg("email")>
                <span class="${properties.kcInputClass!}">
                    <input id="email" type="text" value="${invitation.email}" readonly="readonly" aria-readonly="true"/>
                </span>
            </@field.group>
            <#list profile.attributes as attribute>
                <#if attribute.name != "email" && !(attribute.name == "username" && realm.registrationEmailAsUsername) && !attribute.readOnly>
                    <@field.input name=attribute.name label=advancedMsg(attribute.displayName!attribute.name) value=(attribute.value!'')
                        required=attribute.required autocomplete=(attribute.autocomplete!'off')/>
                </#if>
            </#list>
            <@field.password name="password" required=true label=msg("password") autocomplete="new-password"/>
            <@field.password name="password-confirm" required=true label=msg("passwordConfirm") autocomplete="new-password"/>
            <@buttons.actionGroup>
                <@buttons.button id="orgkit-register-submit" name="register" label="orgkitInvitationRegisterSubmit"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
