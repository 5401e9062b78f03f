/** A setting as `/admin/realms/{realm}/orgkit/settings` declares it. */
export type SettingDeclaration = {
  key: string;
  attribute: string;
  kind: "boolean" | "count" | "text" | "list";
  default: string;
  description: string;
  feature: string;
};

export type Policy = Record<string, string>;

/** A value the form can send, or the reason it cannot (the server checks ranges and names). */
export function validate(setting: SettingDeclaration, value: string): string | undefined {
  switch (setting.kind) {
    case "boolean":
      return value === "true" || value === "false" ? undefined : "must be on or off";
    case "count":
      return /^\d+$/.test(value.trim()) ? undefined : "must be a whole number, 0 or more";
    default:
      return undefined;
  }
}

/** The settings whose value in `form` differs from `saved`, as the PUT body. */
export function changes(saved: Policy, form: Policy): Policy {
  return Object.fromEntries(
    Object.entries(form)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([key, value]) => (saved[key] ?? "") !== value),
  );
}

/** Settings grouped by the jar that declares them, core first. */
export function byFeature(settings: SettingDeclaration[]): [string, SettingDeclaration[]][] {
  const groups = new Map<string, SettingDeclaration[]>();
  for (const setting of settings) {
    groups.set(setting.feature, [...(groups.get(setting.feature) ?? []), setting]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === "core" ? -1 : b === "core" ? 1 : a.localeCompare(b)));
}
