/**
 * One page of a list asked for with `max + 1` items from `first`: the rows to show, whether a next
 * page exists, and what the pager shows (the API sends no total).
 */
export function pageOf<T>(data: T[] | undefined, first: number, max: number) {
  const rows = data?.slice(0, max) ?? [];
  const hasMore = (data?.length ?? 0) > max;
  return {
    rows,
    hasMore,
    itemCount: first + rows.length + (hasMore ? 1 : 0),
    page: Math.floor(first / max) + 1,
  };
}
