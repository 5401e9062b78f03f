import { Alert, AlertActionCloseButton, AlertGroup, type AlertProps } from "@patternfly/react-core";
import { createContext, useCallback, useContext, useMemo, useState, type PropsWithChildren } from "react";

import { describe } from "../api/client";

type Notice = { id: number; variant: NonNullable<AlertProps["variant"]>; title: string; description?: string };

type Notify = {
  success: (title: string) => void;
  /** A failed change: the API's own words. */
  failure: (title: string, error: unknown) => void;
};

const NoticesContext = createContext<Notify | undefined>(undefined);

let next = 1;

/** Toasts for orgkit's pages (what a change did, or the API's answer when it was refused). */
export function NoticesProvider({ children }: PropsWithChildren) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const remove = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const add = useCallback(
    (notice: Omit<Notice, "id">) => {
      const id = next++;
      setNotices((all) => [...all, { ...notice, id }]);
      if (notice.variant === "success") setTimeout(() => remove(id), 8000);
    },
    [remove],
  );
  const notify = useMemo<Notify>(
    () => ({
      success: (title) => add({ variant: "success", title }),
      failure: (title, error) => add({ variant: "danger", title, description: describe(error) }),
    }),
    [add],
  );
  return (
    <NoticesContext.Provider value={notify}>
      {children}
      <AlertGroup isToast isLiveRegion>
        {notices.map((notice) => (
          <Alert
            key={notice.id}
            variant={notice.variant}
            title={notice.title}
            data-testid={`orgkit-notice-${notice.variant}`}
            actionClose={<AlertActionCloseButton onClose={() => remove(notice.id)} />}
          >
            {notice.description}
          </Alert>
        ))}
      </AlertGroup>
    </NoticesContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticesContext);
  if (!notify) throw new Error("useNotify outside NoticesProvider");
  return notify;
}
