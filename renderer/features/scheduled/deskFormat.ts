import { systemZone } from './timeZone';

// Intl formatters are costly to build and the desk formats hundreds of times: one per language, zone and style.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${zone}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, { timeZone: zone, ...options });
    cache.set(key, found);
  }
  return found;
}

/** 09:30 or 9:30 AM, as the person's language writes times, on the zone's clock. */
export const formatTime = (at: number, zone: string, language: string): string => formatter(language, zone, { hour: 'numeric', minute: '2-digit' }).format(at);

/** "Wednesday 10 June 2026" with time, for labels read aloud. */
export const formatDateTime = (at: number, zone: string, language: string): string =>
  formatter(language, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);

/** A calendar day (`YYYY-MM-DD`) as a heading: "Wednesday, 10 June". Noon UTC keeps it on that date in any zone. */
export function formatDay(day: string, language: string, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'short', day: 'numeric', month: 'short' };
  return formatter(language, 'UTC', options).format(Date.parse(`${day}T12:00:00Z`));
}

/** The zone by name as people say it ("Central European Summer Time"), with its IANA id for clarity. */
export function zoneLabel(zone: string, at: number, language: string): string {
  const name = formatter(language, zone, { timeZoneName: 'long' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && name !== zone ? `${name} (${zone.replace(/_/g, ' ')})` : zone.replace(/_/g, ' ');
}

/** Every zone this runtime knows, the person's own first; for the "plan in another zone" setting. */
export function zoneChoices(): string[] {
  const own = systemZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...all.filter((zone) => zone !== own)];
}
