import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { createContext, useContext, useRef, useState, type PropsWithChildren } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import {
  creationPolicy,
  myOrganizations,
  setActiveOrganization,
  type CreationPolicy,
  type Membership,
  type Organization,
} from "../api/orgkit";
import { useLoad } from "../components/useLoad";
import { activeOf, markActive } from "./switcher";

export type ActiveOrganization = {
  /** My organizations; undefined until loaded. */
  memberships?: Membership[];
  membershipsError?: unknown;
  policy?: CreationPolicy;
  active?: Membership;
  /** The organization being made active, null while clearing, undefined when nothing is switching. */
  switching?: string | null;
  /** Makes an organization (or none) active; rejects with the API's error, which the caller shows. */
  activate: (organization: Membership | null) => Promise<void>;
  /**
   * After I created an organization: makes it this session's active one (as Clerk's
   * `<CreateOrganization>` does), reloads the list and the policy and says so.
   */
  created: (organization: Organization) => void;
  /** After I left an organization, or deleted it. */
  left: (organizationId: string) => void;
  /** Loads the list and the policy again. */
  reload: () => void;
  /** Loads again unless a load is already on its way, e.g. when a page opens. */
  refresh: () => void;
};

const Context = createContext<ActiveOrganization | undefined>(undefined);

/**
 * One copy of my memberships and of the creation policy for the whole console, so the header's
 * switcher and the pages show the same active organization without a reload.
 */
export function ActiveOrganizationProvider({ children }: PropsWithChildren) {
  const { t } = useTranslation();
  const api = useApi();
  const { addAlert } = useAccountAlerts();
  const orgs = useLoad((signal) => myOrganizations(api, signal), [api]);
  const policy = useLoad((signal) => creationPolicy(api, signal), [api]);
  const [switching, setSwitching] = useState<string | null>();
  // Whether the latest render saw a load of the list on its way (activate reads it after its await).
  const listLoading = useRef(false);
  listLoading.current = orgs.loading;

  const activate = async (organization: Membership | null) => {
    setSwitching(organization?.id ?? null);
    try {
      const answer = await setActiveOrganization(api, organization?.id ?? null);
      // A load that started before the switch would bring the old active organization back.
      const loadInFlight = listLoading.current;
      orgs.set((latest) => markActive(latest ?? [], answer.organization?.id));
      if (loadInFlight) orgs.reload();
      addAlert(organization ? t("orgkitActivated", { name: organization.name }) : t("orgkitDeactivated"));
    } finally {
      setSwitching(undefined);
    }
  };

  const reload = () => {
    orgs.reload();
    policy.reload();
  };

  const value: ActiveOrganization = {
    memberships: orgs.data,
    membershipsError: orgs.error,
    policy: policy.data,
    active: activeOf(orgs.data),
    switching,
    activate,
    created: (organization) => {
      setActiveOrganization(api, organization.id)
        // e.g. a policy that asks for a second factor first: the new organization is listed, not active
        .catch(() => undefined)
        .finally(() => {
          reload();
          addAlert(t("orgkitCreated", { name: organization.name }));
        });
    },
    left: (organizationId) => {
      orgs.set((latest) => (latest ?? []).filter((m) => m.id !== organizationId));
      policy.reload();
    },
    reload,
    refresh: () => {
      if (!orgs.loading) orgs.reload();
      if (!policy.loading) policy.reload();
    },
  };

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useActiveOrganization(): ActiveOrganization {
  const value = useContext(Context);
  if (!value) throw new Error("useActiveOrganization needs an ActiveOrganizationProvider above it.");
  return value;
}
