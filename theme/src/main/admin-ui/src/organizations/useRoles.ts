import { useApi } from "../api/client";
import type { Role } from "../api/types";
import { useLoad } from "../components/useLoad";

/** The realm's role catalog, for role pickers. */
export function useRoles() {
  const api = useApi();
  return useLoad((signal) => api.get<Role[]>("roles", undefined, signal), [api]);
}
