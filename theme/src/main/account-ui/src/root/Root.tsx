import { Page, SkipToContent } from "@patternfly/react-core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";

import { Loading } from "../components/Layout";
import { Header } from "./Header";
import { Nav } from "./Nav";

const MAIN = "orgkit-main";

export function Root() {
  const { t } = useTranslation();
  return (
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
  );
}
