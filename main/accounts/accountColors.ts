/**
 * Account colours, shown around avatars so nobody posts as the wrong account. Nine to match Ctrl+1…9,
 * chosen to stay apart for common colour-vision deficiencies (Okabe–Ito order, then a few more).
 */
export const ACCOUNT_PALETTE: readonly string[] = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#7a5195',
  '#8c6d1f',
  '#2f4b7c',
];

/**
 * A colour no current account has: the first free one of the palette, then evenly spread hues
 * (golden angle) for anyone with more accounts than colours.
 */
export function pickAccountColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  const free = ACCOUNT_PALETTE.find((color) => !taken.has(color));
  if (free) return free;
  for (let i = 0; ; i += 1) {
    const color = hslToHex((i * 137.508) % 360, 0.55, 0.45);
    if (!taken.has(color)) return color;
  }
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
