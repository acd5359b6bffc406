import { Pin } from 'lucide-react';
import { Suspense, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { useAtrium } from '../../store/store';
import { ThreadView } from '../thread/ThreadView';
import { Timeline } from '../timelines/Timeline';
import { ColumnHeader } from './ColumnHeader';
import styles from './Columns.module.css';
import { ColumnBody } from './ColumnBody';
import type { SidePanel } from './layoutSlice';
import { columnFor } from './pinnedColumns';
import { profileKey } from '../people/profileSlice';
import { useRevealPanel } from './useRevealPanel';
import { lazyNamed } from '../../components/lazyNamed';
import { loadLazyStrings } from '../../i18n/i18n';
import { usePanelFocus } from '../a11y/usePanelFocus';
import { usePanelHistory } from '../a11y/usePanelHistory';
import { spokenName, usePanelNames } from '../a11y/usePanelNames';
import { mainHeading } from '../../components/focusReturn';

// A profile's code and strings load together, the first time one is opened.
const ProfilePanel = lazyNamed(async () => (await Promise.all([import('../people/ProfilePanel'), loadLazyStrings('people')]))[0], 'ProfilePanel');

interface PanelProps {
  account: AccountSummary;
  callbacks: StatusCallbacks;
}

/** The side panel: a thread, a profile's posts, a hashtag or a list, opened beside the main column. */
export function SidePanelColumn(props: PanelProps) {
  const panel = useAtrium((state) => state.sidePanel);
  // Mounted only while open, so its focus handling remembers the opener once per opening.
  return panel ? <OpenSidePanel panel={panel} {...props} /> : null;
}

function OpenSidePanel({ account, callbacks, panel }: PanelProps & { panel: NonNullable<SidePanel> }) {
  const { t } = useTranslation();
  const openPanel = useAtrium((state) => state.openPanel);
  const pinColumn = useAtrium((state) => state.pinColumn);
  // A profile's panel is named for the person, once they are known.
  const person = useAtrium((state) => (panel.kind === 'account' ? state.profiles[profileKey(account.id, panel.accountId)]?.account : undefined));
  const names = usePanelNames(panel, person ?? undefined);
  // Beside pinned columns the panel can open off-screen: it scrolls into view as it opens.
  const section = useRevealPanel<HTMLElement>(JSON.stringify(panel));
  const heading = useRef<HTMLHeadingElement>(null);
  const close = () => openPanel(null);
  // The opened post, when its row is still on the page; else the view's heading, never the body.
  const fallback = () =>
    (panel.kind === 'thread' ? document.querySelector<HTMLElement>(`main [data-status-id="${CSS.escape(panel.statusId)}"]`) : null) ?? mainHeading();
  usePanelFocus(section, heading, { contentKey: JSON.stringify(panel), onClose: close, fallback });
  usePanelHistory();

  const title = panel.kind === 'thread' ? t('shell.thread') : panel.kind === 'tag' ? `#${panel.tag}` : panel.kind === 'list' ? panel.title : person ? spokenName(person) : t('shell.profile');
  const pinnable = panel.kind === 'tag' ? columnFor({ kind: 'tag', tag: panel.tag }, title) : panel.kind === 'list' ? columnFor({ kind: 'list', id: panel.id }, title) : null;
  const pin = pinnable && (
    <button
      type="button"
      className={styles.close}
      aria-label={t('shell.pinColumn')}
      title={t('shell.pinColumn')}
      onClick={() => {
        pinColumn(account.id, pinnable);
        close();
      }}
    >
      <Pin size={18} aria-hidden="true" />
    </button>
  );

  return (
    <section ref={section} className={`${styles.column} ${styles.panel}`} aria-label={names.label} data-region="panel">
      <ColumnHeader id="column-panel" title={title} actions={pin} onClose={close} closeLabel={names.close} headingRef={heading} />
      <ColumnBody>
        {panel.kind === 'thread' && <ThreadView key={panel.statusId} accountId={account.id} statusId={panel.statusId} {...callbacks} />}
        {panel.kind === 'tag' && (
          <Timeline key={`tag:${panel.tag}`} accountId={account.id} source={{ kind: 'tag', tag: panel.tag }} title={title} {...callbacks} />
        )}
        {panel.kind === 'list' && (
          <Timeline key={`list:${panel.id}`} accountId={account.id} source={{ kind: 'list', id: panel.id }} title={title} {...callbacks} />
        )}
        {panel.kind === 'account' && (
          <Suspense fallback={null}>
            <ProfilePanel key={panel.accountId} accountId={account.id} idOrAcct={panel.accountId} callbacks={callbacks} />
          </Suspense>
        )}
      </ColumnBody>
    </section>
  );
}
