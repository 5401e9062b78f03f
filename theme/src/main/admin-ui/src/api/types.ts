import type { components } from "./schema";

type Schemas = components["schemas"];

export type Role = Schemas["Role"];
export type Permission = Schemas["Permission"];
export type Organization = Schemas["Organization"];
export type Member = Schemas["Member"];
export type Invitation = Schemas["Invitation"];
export type Domain = Schemas["Domain"];
export type MembershipRequest = Schemas["MembershipRequest"];
export type AuditEntry = Schemas["AuditEntry"];
export type WebhookEndpoint = Schemas["WebhookEndpoint"];
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type OrganizationSecurity = Schemas["OrganizationSecurity"];
