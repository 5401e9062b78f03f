/** The audit log's filters as the form holds them. */
export type AuditFilters = { action: string; actor: string; from: string; to: string };

export const NO_FILTERS: AuditFilters = { action: "", actor: "", from: "", to: "" };

/**
 * The API's query: `from`/`to` are the form's local date-times (datetime-local) as ISO-8601
 * instants; empty filters are left out.
 */
export function auditQuery(filters: AuditFilters): Record<string, string | undefined> {
  const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);
  return {
    action: filters.action.trim() || undefined,
    actor: filters.actor.trim() || undefined,
    from: instant(filters.from),
    to: instant(filters.to),
  };
}
