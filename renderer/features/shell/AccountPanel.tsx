import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remoteClient } from '../../bridge/remoteClient';
import { ErrorPanel } from '../../components/ErrorPanel';
import { EmojiText } from '../../components/status/EmojiText';
import { RichText } from '../../components/status/RichText';
import type { StatusCallbacks } from '../../components/status/StatusCard';
import { isColleague } from '../../components/status/AuthorLine';
import { Timeline } from '../timelines/Timeline';
import styles from './AccountPanel.module.css';
import { FollowButton } from './FollowButton';
import { Avatar } from '../../components/Avatar';
import { errorText } from '../../bridge/errorText';
import { MentionButton } from '../composer/MentionButton';

/** Account ids are digits (Mastodon) or 26-character ULIDs (GoToSocial); anything else is a handle. */
const looksLikeHandle = (value: string) => !/^\d+$/.test(value) && !/^[0-9A-Z]{26}$/.test(value);

function useAccount(accountId: string, idOrAcct: string) {
  const [state, setState] = useState<{ account?: mastodon.v1.Account; error?: string }>({});
  useEffect(() => {
    let cancelled = false;
    const client = remoteClient(accountId);
    const request = looksLikeHandle(idOrAcct) ? client.v1.accounts.lookup({ acct: idOrAcct.replace(/^@/, '') }) : client.v1.accounts.$select(idOrAcct).fetch();
    request.then(
      (account) => !cancelled && setState({ account }),
      (error: unknown) => !cancelled && setState({ error: errorText(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [accountId, idOrAcct]);
  return state;
}

/** A profile in the side panel: who they are, their team fields, and their posts. */
export function AccountPanel({ accountId, idOrAcct, callbacks }: { accountId: string; idOrAcct: string; callbacks: StatusCallbacks }) {
  const { t } = useTranslation();
  const { account, error } = useAccount(accountId, idOrAcct);
  if (error) return <ErrorPanel message={error} />;
  if (!account) return <p className={styles.loading} role="status">{t('shell.loading')}</p>;

  return (
    <div className={styles.panel}>
      <div className={styles.profile}>
        <Avatar className={styles.avatar} src={account.avatar} name={account.displayName || account.username} size={64} />
        <div className={styles.names}>
          <h3 className={styles.name}>
            <EmojiText text={account.displayName || account.username} emojis={account.emojis} />
          </h3>
          <p className={styles.handle}>
            @{account.acct}
            {isColleague(account) && <span className={styles.badge}>{t('shell.colleague')}</span>}
          </p>
        </div>
        <div className={styles.actions}>
          <FollowButton accountId={accountId} targetId={account.id} />
          <MentionButton acct={account.acct} />
        </div>
        {account.note && <RichText className={styles.note} html={account.note} emojis={account.emojis} {...callbacks} />}
        {account.fields.length > 0 && (
          <dl className={styles.fields}>
            {account.fields.map((field) => (
              <div key={field.name} className={styles.field}>
                <dt>{field.name}</dt>
                <dd>
                  <RichText html={field.value} emojis={account.emojis} {...callbacks} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className={styles.posts}>
        <Timeline accountId={accountId} source={{ kind: 'account', id: account.id }} title={t('shell.postsBy', { name: account.displayName || account.username })} {...callbacks} />
      </div>
    </div>
  );
}
