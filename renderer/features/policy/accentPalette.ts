/** The theme variables an organization's accent colour sets (see `renderer/styles/theme.css`). */
export interface AccentPalette {
  /** Buttons, marks and bars; text on it is `--on-accent`. */
  '--accent': string;
  /** Links and labels on the page's backgrounds; also a hover background under `--on-accent`. */
  '--accent-strong': string;
  /** A tinted background under `--accent-strong` text. */
  '--accent-soft': string;
  '--on-accent': string;
}

type Rgb = readonly [number, number, number];

// The theme's own surfaces, which the derived colours must stand out against.
const surfaces = {
  light: { page: '#f6f7f9', raised: '#ffffff', onAccent: '#ffffff', toward: '#000000' },
  dark: { page: '#0f1115', raised: '#171a21', onAccent: '#0b0d12', toward: '#ffffff' },
} as const;

/** WCAG AA for body text. */
const TEXT_CONTRAST = 4.5;

/**
 * Derives the accent variables from IT's colour for a light or dark theme. The colour is darkened (light)
 * or lightened (dark) only as far as needed for WCAG AA: text on the accent, and accent-coloured text on
 * every background it appears on, keep a contrast of at least 4.5:1, whatever colour IT chose.
 */
export function accentPalette(hex: string, scheme: 'light' | 'dark'): AccentPalette {
  const theme = surfaces[scheme];
  const color = parseHex(hex);
  const toward = parseHex(theme.toward);
  const onAccent = parseHex(theme.onAccent);
  const accent = reachContrast(color, toward, [onAccent]);
  const soft = mix(parseHex(theme.raised), color, scheme === 'light' ? 0.1 : 0.22);
  // "Strong" sits a step further from the page than the accent, like the theme's own pair.
  const strong = reachContrast(mix(accent, toward, 0.15), toward, [parseHex(theme.page), parseHex(theme.raised), soft, onAccent]);
  return { '--accent': toHex(accent), '--accent-strong': toHex(strong), '--accent-soft': toHex(soft), '--on-accent': theme.onAccent };
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  return contrast(parseHex(a), parseHex(b));
}

function reachContrast(color: Rgb, toward: Rgb, against: readonly Rgb[]): Rgb {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(color, toward, step / 20);
    if (against.every((other) => contrast(candidate, other) >= TEXT_CONTRAST)) return candidate;
  }
  return toward;
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * amount)) as unknown as Rgb;
}

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a colour like #1a73e8.`);
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
