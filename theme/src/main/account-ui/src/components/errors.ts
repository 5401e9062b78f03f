import { useCallback } from "react";
import { useTranslation } from "react-i18next";

import { ApiError } from "../api/client";

/**
 * Turns an error into a sentence for the user: a message of the bundle for known API errors
 * (`orgkitError_<error>`), else the API's own description.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const key = `orgkitError_${error.error}`;
        if (i18n.exists(key)) {
          return t(key, { description: error.description, retryAfter: error.retryAfterSeconds ?? "" });
        }
        if (error.status >= 500) return t("orgkitErrorServer");
        return error.description || t("orgkitErrorUnknown");
      }
      if (error instanceof TypeError) return t("orgkitErrorNetwork");
      return t("orgkitErrorUnknown");
    },
    [t, i18n],
  );
}
