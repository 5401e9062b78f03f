import { Alert, Bullseye, Spinner } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { describe } from "../api/client";
import type { Load } from "./useLoad";

/** A loaded value's page part: a spinner, the API's refusal, or `children(data)`. */
export function Loaded<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (load.error) {
    return (
      <Alert variant="danger" isInline title={t("orgkitLoadFailed")} data-testid="orgkit-load-error">
        {describe(load.error)}
      </Alert>
    );
  }
  if (load.data === undefined) {
    return (
      <Bullseye>
        <Spinner aria-label={t("orgkitLoading")} />
      </Bullseye>
    );
  }
  return <>{children(load.data)}</>;
}
