import { Button, EmptyState, EmptyStateBody, EmptyStateFooter, EmptyStateHeader, PageSection } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

import { basePath } from "../environment";

/** Shown when a page fails to render or the address matches no page. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <PageSection>
      <EmptyState>
        <EmptyStateHeader titleText={t("orgkitPageErrorTitle")} headingLevel="h1" />
        <EmptyStateBody>{t("orgkitPageErrorBody")}</EmptyStateBody>
        <EmptyStateFooter>
          <Button component="a" href={basePath} variant="primary">
            {t("orgkitBackToAccount")}
          </Button>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
