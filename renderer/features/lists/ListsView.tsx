import { Hash, List } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { call } from '../../bridge/bridge';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useAtrium } from '../../store/store';
import { CollectionRow, CollectionSection } from './CollectionSection';
import styles from './ListsView.module.css';

/**
 * The account's lists and followed hashtags. Choosing one opens its timeline in the side
 * panel, so the list of lists stays where it was. Lists are made in the organization's web
 * interface for now; the empty states point there.
 */
export function ListsView({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const collections = useAtrium((state) => state.listCollections[account.id]);
  const panel = useAtrium((state) => state.sidePanel);
  const openPanel = useAtrium((state) => state.openPanel);
  const loadLists = useAtrium((state) => state.loadLists);
  const pushNotice = useAtrium((state) => state.pushNotice);

  // Every visit refreshes: lists are edited elsewhere, so what was loaded before may be stale.
  useEffect(() => {
    void loadLists(account.id);
  }, [account.id, loadLists]);

  const retry = () => void loadLists(account.id);
  const openWeb = (path: string) => () =>
    void call('openExternal', { url: new URL(path, account.instanceUrl).href }).catch((error: unknown) => pushNotice('load', error));

  // One failure said once: when both halves fail it is the connection, not either feature.
  if (collections?.lists.status === 'error' && collections.tags.status === 'error') {
    return <ErrorPanel message={t('lists.bothFailed', { detail: collections.lists.error ?? '' })} onRetry={retry} />;
  }

  return (
    <div className={styles.view}>
      <CollectionSection kind="lists" collection={collections?.lists} onRetry={retry} onOpenWeb={openWeb('/lists')}>
        {(list) => (
          <CollectionRow
            key={list.id}
            icon={List}
            label={list.title}
            active={panel?.kind === 'list' && panel.id === list.id}
            onOpen={() => openPanel({ kind: 'list', id: list.id, title: list.title })}
          />
        )}
      </CollectionSection>
      <CollectionSection kind="tags" collection={collections?.tags} onRetry={retry} onOpenWeb={openWeb('/followed_tags')}>
        {(tag) => (
          <CollectionRow
            key={tag.id ?? tag.name}
            icon={Hash}
            label={tag.name}
            active={panel?.kind === 'tag' && panel.tag.toLowerCase() === tag.name.toLowerCase()}
            onOpen={() => openPanel({ kind: 'tag', tag: tag.name })}
          />
        )}
      </CollectionSection>
    </div>
  );
}
