import type { Load } from "../components/useLoad";
import type { SecuritySettings } from "../api/orgkit";

export type MfaView = "hidden" | "loading" | "error" | "switch" | "text";

/**
 * What the Settings tab shows for "Require MFA": a switch for holders of org:sys_profile:manage
 * (with the loading and error states of the other controls), the current state as text for other
 * members, and nothing when the settings cannot be read by a member without the permission, or when
 * the server has no security settings at all (404: orgkit-spi-security is not installed).
 */
export function mfaView(editable: boolean, load: Pick<Load<SecuritySettings>, "data" | "error" | "loading">): MfaView {
  if (load.error !== undefined) {
    if (!editable || (load.error as { status?: number })?.status === 404) return "hidden";
    return "error";
  }
  if (load.data === undefined) return "loading";
  return editable ? "switch" : "text";
}
