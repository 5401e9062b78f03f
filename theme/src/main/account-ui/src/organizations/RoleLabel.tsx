import { Label } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/** An org role as a label: a name from the bundle for the built-in roles, else the role itself. */
export function RoleLabel({ role }: { role: string }) {
  const { t, i18n } = useTranslation();
  const key = roleKey(role);
  return (
    <Label color={role === "org:admin" ? "blue" : "grey"} data-testid="role-label" title={role}>
      {i18n.exists(key) ? t(key) : role}
    </Label>
  );
}

/**
 * An org role's name for people: from the bundle for the built-in roles, else the catalog's readable
 * `name` when the caller has the role from the catalog, else the role's key.
 */
export function useRoleName(): (role: string, catalogName?: string) => string {
  const { t, i18n } = useTranslation();
  return (role: string, catalogName?: string) => {
    const key = roleKey(role);
    return i18n.exists(key) ? t(key) : catalogName || role;
  };
}

/** `org:admin` → `orgkitRole_org_admin` (a colon cannot start a key in a .properties file unescaped). */
function roleKey(role: string): string {
  return `orgkitRole_${role.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
