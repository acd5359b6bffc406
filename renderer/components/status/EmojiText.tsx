import type { mastodon } from 'masto';
import { splitEmoji } from './postHtmlRules';
import styles from './StatusCard.module.css';

/**
 * Plain text (a display name, a poll option) with the entity's custom emoji drawn as images. Isolated
 * (`<bdi>`): a right-to-left override in someone's name cannot reverse the text around it.
 */
export function EmojiText({ text, emojis }: { text: string; emojis?: readonly mastodon.v1.CustomEmoji[] | null }) {
  return (
    <bdi>
      {splitEmoji(text, emojis ?? []).map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <img key={index} className={styles.emoji} src={part.url} alt={`:${part.shortcode}:`} title={`:${part.shortcode}:`} draggable={false} />
        ),
      )}
    </bdi>
  );
}
