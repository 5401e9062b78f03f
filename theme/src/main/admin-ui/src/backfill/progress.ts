/** One answer of `POST /backfill`. */
export type BatchResult = {
  processed: number;
  created: number;
  skipped: number;
  failed: number;
  remaining: number;
  done: boolean;
  cursor?: string;
};

/** A run's sums; `initial` is how many users were left when it started. */
export type Totals = Omit<BatchResult, "cursor"> & { initial: number };

export function add(totals: Totals, batch: BatchResult): Totals {
  return {
    initial: totals.initial,
    processed: totals.processed + batch.processed,
    created: totals.created + batch.created,
    skipped: totals.skipped + batch.skipped,
    failed: totals.failed + batch.failed,
    remaining: batch.remaining,
    done: batch.done,
  };
}

/** Percent done: users handled of those there were (100 when there were none). */
export function progress(totals: Totals): number {
  if (totals.done || totals.initial === 0) return 100;
  const handled = Math.max(0, totals.initial - totals.remaining);
  return Math.min(100, Math.round((handled / totals.initial) * 100));
}
