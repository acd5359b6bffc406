import type { mastodon } from 'masto';
import { AtSign, Globe, Lock, Moon } from 'lucide-react';
import { useTranslation } from '../../i18n/useTranslation';
import styles from './StatusCard.module.css';

const icons = { public: Globe, unlisted: Moon, private: Lock, direct: AtSign } as const;

/** Who can see a post, as an icon with its name (visible on hover, read by screen readers). */
export function VisibilityIcon({ visibility }: { visibility: mastodon.v1.StatusVisibility | string }) {
  const { t } = useTranslation();
  // Servers may send values we do not know (e.g. GoToSocial's local-only); treat them as public-ish, named plainly.
  const known = visibility in icons ? (visibility as keyof typeof icons) : 'public';
  const Icon = icons[known];
  const label = t(`status.visibility.${known}`);
  return (
    <span className={styles.visibility} title={label}>
      <Icon size={14} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
