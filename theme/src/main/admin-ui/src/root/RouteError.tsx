import { PageSection, Title } from "@patternfly/react-core";
import { isRouteErrorResponse, useRouteError } from "react-router-dom";

/** A page that failed to render: what happened, instead of a blank console. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <PageSection>
      <Title headingLevel="h1">Something went wrong</Title>
      <p>{message}</p>
    </PageSection>
  );
}
