import { createInstance, type LanguageDetectorModule } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";

import { environment, joinPath } from "./environment";

type KeyValue = { key: string; value: string };

const languageDetector: LanguageDetectorModule = {
  type: "languageDetector",
  detect: () => (environment as { locale?: string }).locale ?? "en",
};

/**
 * Messages of the login realm's admin theme (this theme's messages_*.properties on top of
 * keycloak.v2's), served by Keycloak at /resources/{realm}/admin/{locale}: Keycloak's pages and
 * orgkit's use the same instance.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  showSupportNotice: false,
  nsSeparator: false,
  keySeparator: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: joinPath(environment.serverBaseUrl, `resources/${environment.realm}/admin/{{lng}}`),
    parse: (data: string) =>
      Object.fromEntries((JSON.parse(data) as KeyValue[]).map(({ key, value }) => [key, value])),
  },
});

i18n.use(FetchBackend);
i18n.use(languageDetector);
i18n.use(initReactI18next);
