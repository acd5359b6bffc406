/**
 * Generated profile pictures for the sandbox's people: an illustrated head and shoulders drawn
 * from a few traits picked by the account id, so the same person always looks the same and
 * nothing comes from the network. Official accounts get a badge-like mark instead of a face.
 */

/** A small string hash (FNV-1a): a stable number per account id. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/** Picks traits one after another from the hash, each from its own list. */
function traits(id: string) {
  let state = hash(id);
  return <T>(options: readonly T[]): T => {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    return options[state % options.length] as T;
  };
}

const skins = ['#f6d3b3', '#eab68f', '#d39a6a', '#b27449', '#8d5a34', '#62402a'];
const hairColours = ['#1f1a17', '#3b2a20', '#6b4325', '#a8672f', '#d9b36c', '#8a8a8a', '#b5482f'];
const shirts = ['#2f5d8a', '#3c7a5a', '#8a3b5d', '#c2733a', '#4b4f9e', '#2e6f74', '#7a5a2f', '#505a66'];

/** Hair drawn behind and above the head (centred at 60,52, radius 22), by style. */
const hairStyles: Record<string, (colour: string) => string> = {
  short: (c) => `<path d="M37 50 Q38 26 60 25 Q83 26 83 50 Q77 36 60 36 Q44 36 37 50Z" fill="${c}"/>`,
  long: (c) => `<path d="M35 88 Q30 30 60 26 Q90 30 85 88 L77 88 Q80 44 60 38 Q40 44 43 88Z" fill="${c}"/>`,
  bun: (c) => `<circle cx="60" cy="24" r="10" fill="${c}"/><path d="M37 50 Q38 28 60 28 Q82 28 83 50 Q76 38 60 38 Q44 38 37 50Z" fill="${c}"/>`,
  curly: (c) => `<g fill="${c}">${[38, 46, 54, 62, 70, 78, 82, 36].map((x, i) => `<circle cx="${x}" cy="${i > 5 ? 44 : 32 + (i % 2) * 3}" r="9"/>`).join('')}</g>`,
  side: (c) => `<path d="M37 52 Q36 26 62 26 Q84 28 83 46 Q70 34 48 40 Q41 44 37 52Z" fill="${c}"/>`,
  none: () => '',
};

/** An illustrated portrait, 120×120, for a person. */
export function personPortrait(id: string, hue: number): string {
  const pick = traits(id);
  const skin = pick(skins);
  const hair = pick(Object.keys(hairStyles));
  const hairColour = pick(hairColours);
  const shirt = pick(shirts);
  const glasses = pick([false, false, true]);
  const drawHair = hairStyles[hair] ?? hairStyles['none'];
  const lenses = glasses
    ? `<g fill="none" stroke="#2b2b2b" stroke-width="2"><circle cx="51" cy="54" r="6"/><circle cx="69" cy="54" r="6"/><path d="M57 54 H63"/></g>`
    : '';
  return [
    `<rect width="120" height="120" fill="hsl(${hue} 45% 86%)"/>`,
    `<circle cx="98" cy="20" r="34" fill="hsl(${(hue + 40) % 360} 50% 78%)"/>`,
    `<path d="M18 120 Q20 86 60 84 Q100 86 102 120Z" fill="${shirt}"/>`,
    `<rect x="53" y="70" width="14" height="16" rx="6" fill="${skin}"/>`,
    drawHair?.(hairColour) ?? '',
    `<circle cx="60" cy="54" r="21" fill="${skin}"/>`,
    hair === 'short' || hair === 'side' || hair === 'bun' ? (drawHair?.(hairColour) ?? '') : '',
    `<circle cx="52" cy="55" r="2.2" fill="#2b2b2b"/><circle cx="68" cy="55" r="2.2" fill="#2b2b2b"/>`,
    `<path d="M53 64 Q60 69 67 64" fill="none" stroke="#7a3b2e" stroke-width="2" stroke-linecap="round"/>`,
    lenses,
  ].join('');
}

/** A mark for an official account: a tinted tile with a simple emblem by kind. */
export function officialMark(username: string, hue: number): string {
  const emblems: Record<string, string> = {
    // A megaphone for announcements.
    comms: '<path d="M34 52 L70 36 V84 L34 68Z" fill="#fff"/><rect x="26" y="52" width="10" height="16" rx="2" fill="#fff"/><path d="M40 70 L46 88 H54 L50 70Z" fill="#fff"/><path d="M78 50 Q88 60 78 70" stroke="#fff" stroke-width="4" fill="none"/>',
    // A folded newspaper for the news desk.
    news: '<rect x="30" y="34" width="60" height="52" rx="4" fill="#fff"/><g fill="hsl(0 0% 60%)"><rect x="37" y="41" width="46" height="8"/><rect x="37" y="55" width="20" height="24"/><rect x="62" y="55" width="21" height="4"/><rect x="62" y="64" width="21" height="4"/><rect x="62" y="73" width="21" height="4"/></g>',
    // A calendar page for events.
    events: '<rect x="30" y="36" width="60" height="52" rx="6" fill="#fff"/><rect x="30" y="36" width="60" height="14" rx="6" fill="hsl(0 0% 85%)"/><rect x="42" y="30" width="6" height="12" rx="2" fill="#fff"/><rect x="72" y="30" width="6" height="12" rx="2" fill="#fff"/><g fill="hsl(0 0% 60%)"><rect x="38" y="58" width="10" height="10"/><rect x="55" y="58" width="10" height="10"/><rect x="72" y="58" width="10" height="10"/><rect x="38" y="73" width="10" height="10"/></g>',
  };
  const emblem = emblems[username] ?? '<path d="M60 28 L88 44 V66 Q88 86 60 94 Q32 86 32 66 V44Z" fill="#fff"/>';
  return `<rect width="120" height="120" fill="hsl(${hue} 55% 38%)"/>${emblem}`;
}
