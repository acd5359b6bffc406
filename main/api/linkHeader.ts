/**
 * Reads the query of the `next` and `prev` links of a Mastodon `Link` header, e.g.
 * `<https://x/api/v1/timelines/home?max_id=1>; rel="next"` gives `{ next: { max_id: '1' } }`.
 * Only the query is kept: the renderer asks for the same call again with those parameters.
 */
export function pageLinks(header: string | null): { next?: Record<string, string>; prev?: Record<string, string> } {
  const links: { next?: Record<string, string>; prev?: Record<string, string> } = {};
  if (!header) return links;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?(next|prev)"?/.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    try {
      links[match[2] as 'next' | 'prev'] = Object.fromEntries(new URL(match[1]).searchParams);
    } catch {
      // A malformed link is a page we cannot follow, not a failure of the page we have.
    }
  }
  return links;
}
