import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import type { SidePanel } from '../shell/layoutSlice';

/** Who a profile panel shows, as far as the panel knows. */
interface Person {
  displayName?: string | null;
  username: string;
}

/** A display name without its custom-emoji shortcodes, for a spoken name. */
export function spokenName(person: Person): string {
  return person.displayName?.replace(/:[\w+-]+:/g, '').trim() || person.username;
}

/**
 * The side panel's accessible name and its close button's, specific to what it shows:
 * "Conversation with Lena Ibrahim" / "Close conversation", "Profile of …" / "Close profile".
 */
export function usePanelNames(panel: NonNullable<SidePanel>, person: Person | undefined): { label: string; close: string } {
  const { t } = useTranslation();
  // The opened post's author (the boosted post's for a boost): the conversation is theirs.
  const author = useAtrium((state) => {
    if (panel.kind !== 'thread') return undefined;
    const status = state.statuses[panel.statusId];
    const content = status?.reblogId ? state.statuses[status.reblogId] : status;
    return content ? spokenName(content.account) : undefined;
  });
  switch (panel.kind) {
    case 'thread':
      return { label: author ? t('a11y.panel.threadWith', { name: author }) : t('shell.thread'), close: t('a11y.panel.closeThread') };
    case 'account':
      return { label: person ? t('a11y.panel.profileOf', { name: spokenName(person) }) : t('shell.profile'), close: t('a11y.panel.closeProfile') };
    case 'tag':
      return { label: t('a11y.panel.tag', { tag: `#${panel.tag}` }), close: t('a11y.panel.closeTag') };
    case 'list':
      return { label: t('a11y.panel.list', { title: panel.title }), close: t('a11y.panel.closeList') };
  }
}
