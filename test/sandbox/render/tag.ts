import type { RenderContext } from './context';

/** The Tag entity as search and the follow calls answer it: name, URL, and whether the viewer follows it. */
export function renderTag(ctx: RenderContext, name: string, following: boolean): Record<string, unknown> {
  return { id: name, name, url: `${ctx.origin}/tags/${encodeURIComponent(name)}`, history: [], following };
}
