import { escapeHtml } from '../core/compose';

/** A small stable number for a string (FNV-1a), so each site keeps its colours from run to run. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}

/**
 * The picture of a link preview (400×210): the site's colours, a few soft shapes and its initial, made from
 * its host name alone, so previews look like a real site's artwork without fetching anything.
 */
export function cardArt(host: string): string {
  const hash = hashOf(host);
  const hue = hash % 360;
  const accent = (hue + 40 + (hash >> 9) % 80) % 360;
  const initial = escapeHtml((host.replace(/^www\./, '')[0] ?? '?').toUpperCase());
  const x = 220 + ((hash >> 3) % 120);
  return [
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 55% 42%)"/><stop offset="1" stop-color="hsl(${accent} 60% 30%)"/></linearGradient></defs>`,
    '<rect width="400" height="210" fill="url(#g)"/>',
    `<circle cx="${x}" cy="40" r="90" fill="hsl(${accent} 70% 70% / 0.35)"/>`,
    `<rect x="${x - 150}" y="120" width="220" height="140" rx="24" fill="hsl(${hue} 80% 85% / 0.25)" transform="rotate(-12 ${x} 160)"/>`,
    `<text x="36" y="150" font-family="sans-serif" font-size="96" font-weight="700" fill="#fff" fill-opacity="0.9">${initial}</text>`,
  ].join('');
}
