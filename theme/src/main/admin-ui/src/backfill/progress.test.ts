import { describe, expect, it } from "vitest";

import { add, progress, type Totals } from "./progress";

const start: Totals = { initial: 4, processed: 0, created: 0, skipped: 0, failed: 0, remaining: 4, done: false };

describe("backfill progress", () => {
  it("sums the batches and takes the last remaining count", () => {
    const after = add(start, { processed: 2, created: 1, skipped: 1, failed: 0, remaining: 2, done: false, cursor: "u2" });
    expect(after).toEqual({ initial: 4, processed: 2, created: 1, skipped: 1, failed: 0, remaining: 2, done: false });
    expect(progress(after)).toBe(50);
  });

  it("is done at 100 percent, also when there was nobody", () => {
    expect(progress({ ...start, remaining: 1, done: true })).toBe(100);
    expect(progress({ ...start, initial: 0, remaining: 0 })).toBe(100);
  });
});
