import { Page, SkipToContent } from "@patternfly/react-core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";

import { Loading } from "../components/Layout";
import { ActiveOrganizationProvider } from "../switcher/ActiveOrganizationProvider";
import { Header } from "./Header";
import { Nav } from "./Nav";

const MAIN = "orgkit-main";

/** The console's frame; the header's switcher and the pages share one ActiveOrganizationProvider. */
export function Root() {
  const { t } = useTranslation();
  return (
    <ActiveOrganizationProvider>
      <Page
        header={<Header />}
        sidebar={<Nav />}
        isManagedSidebar
        mainContainerId={MAIN}
        skipToContent={<SkipToContent href={`#${MAIN}`}>{t("orgkitSkipToContent")}</SkipToContent>}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Page>
    </ActiveOrganizationProvider>
  );
}
