import type { mastodon } from 'masto';
import { Hash, Mail, ShieldCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountSummary } from '../../../shared/domain';
import { call } from '../../bridge/bridge';
import { remoteClient } from '../../bridge/remoteClient';
import { Avatar } from '../../components/Avatar';
import { EmojiText } from '../../components/status/EmojiText';
import { handleOf } from '../../components/status/AuthorLine';
import { useAtrium } from '../../store/store';
import { weeklyUses } from './organizationLogic';
import { logoOf, useInstance } from './useInstance';
import styles from './Organization.module.css';

type Trends = { status: 'loading' } | { status: 'ready'; tags: mastodon.v1.Tag[] } | { status: 'unavailable' };

/** The organization's most used hashtags this week; a server that does not share them says so. */
function useTrendingTags(accountId: string): Trends {
  const [trends, setTrends] = useState<Trends>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    remoteClient(accountId)
      .v1.trends.tags.list({ limit: 10 })
      .then(
        (page) => !cancelled && setTrends({ status: 'ready', tags: Array.isArray(page.items) ? page.items.filter((tag) => typeof tag?.name === 'string') : [] }),
        // Trends may be switched off (404) or refused: either way there is nothing to show, not an error to fix.
        () => !cancelled && setTrends({ status: 'unavailable' }),
      );
    return () => {
      cancelled = true;
    };
  }, [accountId]);
  return trends;
}

/** Who the organization is: its name and logo, what it says about itself, its rules, whom to ask, and what people talk about. */
export function AboutView({ account }: { account: AccountSummary }) {
  const { t, i18n } = useTranslation();
  const instance = useInstance(account.id);
  const trends = useTrendingTags(account.id);
  const openPanel = useAtrium((state) => state.openPanel);
  const host = new URL(account.instanceUrl).host;
  const name = instance?.title || host;
  const rules = Array.isArray(instance?.rules) ? instance.rules.filter((rule) => typeof rule?.text === 'string') : [];
  const contact = instance?.contact;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <article className={styles.about} aria-labelledby="about-name">
      <header className={styles.aboutHeader}>
        <Avatar src={logoOf(instance)} name={name} size={72} className={styles.aboutLogo} />
        <div>
          <h3 id="about-name" className={styles.aboutName}>
            {name}
          </h3>
          <p className={styles.muted}>{instance?.domain ?? host}</p>
        </div>
      </header>
      {!instance ? (
        <p className={styles.muted} role="status">
          {t('organization.loading')}
        </p>
      ) : (
        <>
          {instance.description && <p className={styles.description}>{instance.description}</p>}
          <section className={styles.block} aria-labelledby="about-rules">
            <h4 id="about-rules" className={styles.blockTitle}>
              <ShieldCheck size={16} aria-hidden="true" />
              {t('organization.rules')}
            </h4>
            {rules.length === 0 ? (
              <p className={styles.muted}>{t('organization.noRules')}</p>
            ) : (
              <ol className={styles.rules}>
                {rules.map((rule) => (
                  <li key={rule.id}>
                    <span className={styles.ruleText}>{rule.text}</span>
                    {rule.hint && <span className={styles.muted}>{rule.hint}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className={styles.block} aria-labelledby="about-contact">
            <h4 id="about-contact" className={styles.blockTitle}>
              <Mail size={16} aria-hidden="true" />
              {t('organization.contact')}
            </h4>
            <div className={styles.contact}>
              {contact?.account && typeof contact.account.id === 'string' && (
                <button type="button" className={styles.contactPerson} onClick={() => openPanel({ kind: 'account', accountId: contact.account?.id ?? '' })}>
                  <Avatar src={contact.account.avatarStatic || contact.account.avatar} name={contact.account.displayName || contact.account.username} size={36} />
                  <span className={styles.contactNames}>
                    <span>
                      <EmojiText text={contact.account.displayName || contact.account.username} emojis={contact.account.emojis} />
                    </span>
                    <span className={styles.muted}>{handleOf(contact.account)}</span>
                  </span>
                </button>
              )}
              {contact?.email && (
                <button type="button" className={styles.link} onClick={() => void call('openExternal', { url: `mailto:${contact.email}` }).catch(() => undefined)}>
                  {contact.email}
                </button>
              )}
              {!contact?.email && !contact?.account && <p className={styles.muted}>{t('organization.noContact')}</p>}
            </div>
          </section>
        </>
      )}
      <section className={styles.block} aria-labelledby="about-tags">
        <h4 id="about-tags" className={styles.blockTitle}>
          <Hash size={16} aria-hidden="true" />
          {t('organization.tags')}
        </h4>
        {trends.status === 'loading' ? (
          <p className={styles.muted}>{t('organization.loadingTags')}</p>
        ) : trends.status === 'unavailable' || trends.tags.length === 0 ? (
          <p className={styles.muted}>{t('organization.noTags')}</p>
        ) : (
          <ul className={styles.tags}>
            {trends.tags.map((tag) => (
              <li key={tag.name}>
                <button type="button" className={styles.tag} onClick={() => openPanel({ kind: 'tag', tag: tag.name })}>
                  <span className={styles.tagName}>#{tag.name}</span>
                  <span className={styles.muted}>{t('organization.uses', { count: weeklyUses(tag), formatted: number.format(weeklyUses(tag)) })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
