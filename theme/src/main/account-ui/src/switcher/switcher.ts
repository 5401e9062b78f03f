import type { CreationPolicy, Membership } from "../api/orgkit";

/** A message of the bundle and its placeholders. */
export type Message = { key: string; values?: Record<string, string | number> };

/** What the switcher's toggle shows. */
export type Toggle =
  | { kind: "loading" }
  | { kind: "unavailable" }
  | { kind: "no-organizations" }
  | { kind: "none-active" }
  | { kind: "active"; organization: Membership };

/** The create entry of the menu: the action, the reason it is refused, or nothing while the policy is unknown. */
export type CreateEntry = { kind: "hidden" } | { kind: "create" } | { kind: "refused"; reason: Message };

/** One of my organizations in the menu. */
export type SwitchItem = { organization: Membership; current: boolean; selectable: boolean };

export function activeOf(memberships: Membership[] | undefined): Membership | undefined {
  return memberships?.find((m) => m.active);
}

/** The list with only `activeId` marked active (none when it is null or not in the list). */
export function markActive(memberships: Membership[], activeId: string | null | undefined): Membership[] {
  return memberships.map((m) => ({ ...m, active: activeId != null && m.id === activeId }));
}

export function toggleOf(memberships: Membership[] | undefined, loadFailed: boolean): Toggle {
  if (loadFailed && !memberships) return { kind: "unavailable" };
  if (!memberships) return { kind: "loading" };
  const active = activeOf(memberships);
  if (active) return { kind: "active", organization: active };
  return memberships.length === 0 ? { kind: "no-organizations" } : { kind: "none-active" };
}

/** Mirrors the Organizations page: create when the policy allows, else say why not. */
export function createEntryOf(policy: CreationPolicy | undefined): CreateEntry {
  if (!policy) return { kind: "hidden" };
  if (policy.allowed) return { kind: "create" };
  switch (policy.reason) {
    case "creation_limit_reached":
      return { kind: "refused", reason: { key: "orgkitCreationLimitReached", values: { limit: policy.limit } } };
    case "creation_disabled":
      return { kind: "refused", reason: { key: "orgkitCreationDisabled" } };
    default:
      return { kind: "refused", reason: { key: "orgkitCreationNotAllowed" } };
  }
}

/** The active organization is marked and not selectable again; a disabled one cannot be made active. */
export function switchItems(memberships: Membership[] | undefined): SwitchItem[] {
  return (memberships ?? []).map((organization) => ({
    organization,
    current: !!organization.active,
    selectable: !organization.active && organization.enabled,
  }));
}
