import type { RenderContext } from './context';

/** The instance's custom emoji shortcodes (artwork is generated SVG). */
export const CUSTOM_EMOJI_CODES = ['atrium', 'party_parrot', 'coffee_cup', 'ship_it', 'blobwave'] as const;

/** The CustomEmoji entity for a shortcode. */
export function renderEmoji(ctx: RenderContext, shortcode: string): Record<string, unknown> {
  const url = `${ctx.origin}/sandbox/emoji/${shortcode}.svg`;
  return { shortcode, url, static_url: url, visible_in_picker: true, category: 'Atrium' };
}

/** A remote server's custom emoji as the CustomEmoji entity, its URL sent as it came (hostile seed). */
export function renderRemoteEmoji(emoji: { shortcode: string; url: string }): Record<string, unknown> {
  return { shortcode: emoji.shortcode, url: emoji.url, static_url: emoji.url, visible_in_picker: false };
}
