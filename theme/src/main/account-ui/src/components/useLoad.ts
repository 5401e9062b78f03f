import { useCallback, useEffect, useState } from "react";

import { isAbort } from "../api/client";

export type Load<T> = {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
  /** Replaces the loaded value, e.g. with the server's answer to a change; or derives it from the latest one. */
  set: (value: T | ((latest: T | undefined) => T)) => void;
};

/** Loads data when the component mounts or `deps` change; aborts the request when they change again. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Load<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false }),
      (error) => !controller.signal.aborted && !isAbort(error) && setState({ error, loading: false }),
    );
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback(
    (value: T | ((latest: T | undefined) => T)) =>
      setState((previous) => ({
        data: typeof value === "function" ? (value as (latest: T | undefined) => T)(previous.data) : value,
        loading: false,
      })),
    [],
  );
  return { ...state, reload, set };
}
