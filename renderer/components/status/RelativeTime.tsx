import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

// One shared minute tick for every timestamp on screen, instead of a timer per post.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), 60_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const currentMinute = () => Math.floor(Date.now() / 60_000) * 60_000;

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

// Building an Intl formatter costs far more than using one (it was a fifth of the CPU while
// scrolling): one of each per language, made on first use.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor<Formatter>(cache: Map<string, Formatter>, language: string, make: () => Formatter): Formatter {
  let formatter = cache.get(language);
  if (!formatter) {
    formatter = make();
    cache.set(language, formatter);
  }
  return formatter;
}

/** "5 minutes ago" / "in 2 days" in the given language; "now" under a minute. */
export function formatRelative(date: Date, nowMs: number, language: string): string {
  const seconds = Math.round((date.getTime() - nowMs) / 1000);
  const format = formatterFor(relativeFormats, language, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for the hover title and screen readers. */
export const formatExact = (date: Date, language: string): string =>
  formatterFor(exactFormats, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' })).format(date);

/** A time shown relative to now, with the exact time on hover and in `dateTime`. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const { i18n } = useTranslation();
  // The current minute: stable between ticks, so a snapshot read does not re-render needlessly.
  const current = useSyncExternalStore(subscribe, currentMinute);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time className={className} dateTime={date.toISOString()} title={formatExact(date, i18n.language)}>
      {formatRelative(date, current, i18n.language)}
    </time>
  );
}
