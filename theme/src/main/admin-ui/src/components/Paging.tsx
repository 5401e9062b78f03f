import { Pagination } from "@patternfly/react-core";

/**
 * first/max paging of the orgkit API, which answers pages without a total: the next page exists
 * while a page comes back full (one more row is asked for to know).
 */
export type Page = { first: number; max: number };

export function Paging({ page, count, onChange }: { page: Page; count: number; onChange: (page: Page) => void }) {
  const pageNumber = Math.floor(page.first / page.max) + 1;
  const hasNext = count > page.max;
  return (
    <Pagination
      isCompact
      page={pageNumber}
      perPage={page.max}
      // no total: a count that lets PatternFly enable "next" exactly when there is more
      itemCount={page.first + Math.min(count, page.max) + (hasNext ? 1 : 0)}
      toggleTemplate={({ firstIndex, lastIndex }) => (
        <>
          {firstIndex} - {Math.min(lastIndex ?? 0, page.first + Math.min(count, page.max))}
        </>
      )}
      onSetPage={(_e, p) => onChange({ ...page, first: (p - 1) * page.max })}
      onPerPageSelect={(_e, max) => onChange({ first: 0, max })}
      perPageOptions={[10, 20, 50, 100].map((n) => ({ title: String(n), value: n }))}
    />
  );
}

/** Asks for one row more than shown, to know whether there is a next page. */
export function pageQuery(page: Page) {
  return { first: page.first, max: page.max + 1 };
}

export function formatTime(epochMillis: number | undefined): string {
  if (!epochMillis) return "—";
  return new Date(epochMillis).toLocaleString();
}
