import { i18n } from '../../i18n/i18n';
import { announce } from './announcer';

/** How long changes gather before one sentence says them: every column of an account drops together. */
const SETTLE_MS = 400;

/** Columns whose live updates stopped or came back, by title, not yet said. */
interface LiveChanges {
  paused: string[];
  resumed: string[];
}

/**
 * The sentence for a batch of changes ("Live updates paused in Home and Notifications."),
 * naming the columns in the reader's language; empty when nothing changed.
 */
export function liveSentence(changes: LiveChanges, t: (key: string, options: Record<string, string>) => string, language: string): string {
  const list = (titles: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(titles);
  return [
    changes.paused.length > 0 ? t('a11y.announce.livePaused', { columns: list(changes.paused) }) : '',
    changes.resumed.length > 0 ? t('a11y.announce.liveResumed', { columns: list(changes.resumed) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

let pending: LiveChanges = { paused: [], resumed: [] };
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Notes that a column's live updates stopped (`live` false) or came back, and says it through the
 * live region once the changes settle, so columns dropping together are one sentence, and a column
 * that dropped and came back within the moment says nothing.
 */
export function noteColumnLive(title: string, live: boolean): void {
  const [into, from] = live ? (['resumed', 'paused'] as const) : (['paused', 'resumed'] as const);
  if (pending[from].includes(title)) pending[from] = pending[from].filter((other) => other !== title);
  else if (!pending[into].includes(title)) pending[into] = [...pending[into], title];
  clearTimeout(timer);
  timer = setTimeout(() => {
    const sentence = liveSentence(pending, i18n.t, i18n.language);
    pending = { paused: [], resumed: [] };
    if (sentence) announce(sentence);
  }, SETTLE_MS);
}
