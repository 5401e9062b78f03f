import { describe, expect, it } from "vitest";

import { pageOf } from "./paging";

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("pageOf", () => {
  it("shows nothing while the page loads", () => {
    expect(pageOf(undefined, 0, 10)).toEqual({ rows: [], hasMore: false, itemCount: 0, page: 1 });
  });

  it("shows max rows and counts one more when the extra item says a next page exists", () => {
    expect(pageOf(items(11), 0, 10)).toEqual({ rows: items(10), hasMore: true, itemCount: 11, page: 1 });
  });

  it("ends the count on the last page", () => {
    expect(pageOf(items(3), 20, 10)).toEqual({ rows: items(3), hasMore: false, itemCount: 23, page: 3 });
  });

  it("counts an empty page after the first as where it starts", () => {
    expect(pageOf([], 10, 10)).toEqual({ rows: [], hasMore: false, itemCount: 10, page: 2 });
  });
});
