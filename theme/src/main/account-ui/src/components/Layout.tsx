import {
  Alert,
  AlertActionLink,
  Bullseye,
  PageSection,
  Spinner,
  Text,
  TextContent,
  Title,
} from "@patternfly/react-core";
import type { PropsWithChildren, ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { useErrorMessage } from "./errors";

type PageLayoutProps = PropsWithChildren<{
  title: ReactNode;
  description?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
}>;

/** A page of the console: heading, optional breadcrumb and description, then the content. */
export function PageLayout({ title, description, breadcrumb, actions, children }: PageLayoutProps) {
  return (
    <>
      <PageSection variant="light">
        {breadcrumb}
        <TextContent>
          <Title headingLevel="h1" data-testid="page-heading">
            {title}
          </Title>
          {description && <Text component="p">{description}</Text>}
        </TextContent>
        {actions}
      </PageSection>
      <PageSection variant="light">{children}</PageSection>
    </>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Bullseye>
      <Spinner aria-valuetext={label ?? t("orgkitLoading")} aria-label={label ?? t("orgkitLoading")} />
    </Bullseye>
  );
}

/** A failed load, with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert
      variant="danger"
      isInline
      title={t("orgkitLoadFailed")}
      actionLinks={<AlertActionLink onClick={onRetry}>{t("orgkitRetry")}</AlertActionLink>}
    >
      {message(error)}
    </Alert>
  );
}
