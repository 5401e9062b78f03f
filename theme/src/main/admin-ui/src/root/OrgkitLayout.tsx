import { Outlet } from "react-router-dom";

import { NoticesProvider } from "../components/Notices";

import { OrgkitNav } from "./OrgkitNav";

/** Every page of the console, Keycloak's and orgkit's, with orgkit's group in the navigation. */
export function OrgkitLayout() {
  return (
    <NoticesProvider>
      <OrgkitNav />
      <Outlet />
    </NoticesProvider>
  );
}
