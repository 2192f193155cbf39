/**
 * Cursor pagination for GET pages. The API pages forwards only (`first`, `after`); to offer "Föregående"
 * the URL also carries the cursors of the pages before (`fore`, comma-separated, at most 50), so both links
 * are plain links that work without JavaScript and can be bookmarked.
 */
const maxTrail = 50;
const cursorShape = /^[A-Za-z0-9+/=_-]{1,512}$/;

export type PageParams = { after: string | null; trail: string[] };

/** In the trail, "-" stands for the first page (no cursor). */
const firstPage = "-";

export function readPageParams(params: URLSearchParams): PageParams {
  const after = params.get("efter");
  if (!after || !cursorShape.test(after)) return { after: null, trail: [] };
  const trail = (params.get("fore") ?? "")
    .split(",")
    .filter((c) => c === firstPage || cursorShape.test(c))
    .slice(-maxTrail);
  return { after, trail };
}

function withPage(params: URLSearchParams, after: string | null, trail: string[]): string {
  const next = new URLSearchParams(params);
  next.delete("efter");
  next.delete("fore");
  if (after) {
    next.set("efter", after);
    if (trail.length) next.set("fore", trail.join(","));
  }
  const query = next.toString();
  return query ? `?${query}` : "?";
}

/** The links of the pager: `?…&efter=<end>&fore=<…>` forwards, and back to the page before. */
export function pageLinks(params: URLSearchParams, page: PageParams, info: { hasNextPage: boolean; endCursor?: string | null }) {
  const next = info.hasNextPage && info.endCursor ? withPage(params, info.endCursor, [...page.trail, page.after ?? firstPage].slice(-maxTrail)) : null;
  let previous: string | null = null;
  if (page.after) {
    const trail = [...page.trail];
    const before = trail.pop();
    previous = before && before !== firstPage ? withPage(params, before, trail) : withPage(params, null, []);
  }
  return { next, previous };
}
