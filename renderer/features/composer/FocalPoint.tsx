import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Focus } from '../../../shared/drafts';
import styles from './Media.module.css';

const STEP = 0.1;
const clamp = (value: number) => Math.round(Math.max(-1, Math.min(1, value)) * 100) / 100;

/**
 * The picture with its focal point: the part Mastodon keeps in view when it crops a preview.
 * A click puts it there; arrow keys move it. Mastodon's y axis points up (1 is the top).
 */
export function FocalPoint({ number, src, focus, onChange }: { number: number; src: string; focus: Focus | null; onChange(focus: Focus): void }) {
  const { t } = useTranslation();
  const point = focus ?? { x: 0, y: 0 };
  const across = Math.round(((point.x + 1) / 2) * 100);
  const down = Math.round(((1 - point.y) / 2) * 100);

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    // A keyboard "click" (Enter, Space) has no position: the arrow keys do the moving then.
    if (event.detail === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    onChange({ x: clamp(((event.clientX - box.left) / box.width) * 2 - 1), y: clamp(1 - ((event.clientY - box.top) / box.height) * 2) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onChange({ x: clamp(point.x + move[0]), y: clamp(point.y + move[1]) });
  };

  return (
    <button
      type="button"
      className={styles.focal}
      aria-label={`${t('composer.media.focus', { number })}: ${t('composer.media.focusValue', { x: across, y: down })}`}
      title={t('composer.media.focusHint')}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <img src={src} alt="" className={styles.focalImage} />
      <span className={styles.focalMark} style={{ left: `${across}%`, top: `${down}%` }} aria-hidden="true" />
    </button>
  );
}
