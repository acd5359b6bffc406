import type { mastodon } from 'masto';
import { call } from '../../bridge/bridge';
import styles from './StatusCard.module.css';
import { webUrl } from '../webUrl';
import { oneLine } from './postBounds';

/** The link preview Mastodon attached to a post; opens in the browser through main's URL gate. */
export function PreviewCard({ card }: { card: mastodon.v1.PreviewCard }) {
  if (!card.url) return null;
  const host = hostOf(card.url);
  if (!host) return null;
  return (
    <a
      className={styles.preview}
      href={card.url}
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        void call('openExternal', { url: card.url }).catch(() => undefined);
      }}
    >
      {webUrl(card.image) && <img className={styles.cardImage} src={webUrl(card.image)} alt="" loading="lazy" />}
      <span className={styles.cardText}>
        <span className={styles.cardHost}>{oneLine(card.providerName || host)}</span>
        <span className={styles.cardTitle}>{oneLine(card.title || card.url)}</span>
        {card.description && <span className={styles.cardDescription}>{oneLine(card.description)}</span>}
      </span>
    </a>
  );
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
