import { useTranslation } from '../../i18n/useTranslation';
import { Avatar } from '../../components/Avatar';
import { useAtrium } from '../../store/store';
import { logoOf, useInstance } from './useInstance';
import styles from './Organization.module.css';

/** The organization's logo and name at the foot of the rail; opens the About page. */
export function OrgMark({ accountId, host }: { accountId: string; host: string }) {
  const { t } = useTranslation();
  const instance = useInstance(accountId);
  const current = useAtrium((state) => state.mainView === 'about');
  const showView = useAtrium((state) => state.showView);
  const name = instance?.title || host;
  return (
    <button type="button" className={styles.mark} aria-current={current ? 'page' : undefined} onClick={() => showView('about')} title={t('organization.about', { name })}>
      <Avatar src={logoOf(instance)} name={name} size={36} className={styles.logo} />
      <span className={styles.markName} aria-hidden="true">
        {name}
      </span>
      <span className="visually-hidden">{t('organization.about', { name })}</span>
    </button>
  );
}
