import type { RenderContext } from './context';

/** The instance's custom emoji shortcodes (artwork is generated SVG). */
export const CUSTOM_EMOJI_CODES = ['atrium', 'party_parrot', 'coffee_cup', 'ship_it', 'blobwave'] as const;

/** The CustomEmoji entity for a shortcode. */
export function renderEmoji(ctx: RenderContext, shortcode: string): Record<string, unknown> {
  const url = `${ctx.origin}/sandbox/emoji/${shortcode}.svg`;
  return { shortcode, url, static_url: url, visible_in_picker: true, category: 'Atrium' };
}
