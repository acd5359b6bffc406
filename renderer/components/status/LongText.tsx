import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import styles from './LongText.module.css';

/**
 * Text that may be too long to show whole: it is held to a height, and if it is taller (or `long`,
 * the sanitizer's verdict on its size and nesting) a "Show more" button opens it. Whether it overflows
 * is read by a ResizeObserver, after layout, so no card forces a layout of its own while rendering.
 */
export function LongText({ long, children }: { long: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const element = box.current;
    // jsdom has no ResizeObserver and no layout: nothing can overflow there.
    if (!element || expanded || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setOverflows(element.scrollHeight > element.clientHeight + 1));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [expanded]);

  return (
    <>
      <div ref={box} id={id} className={expanded ? undefined : styles.clip} data-long={long} data-overflows={!expanded && overflows}>
        {children}
      </div>
      {(overflows || expanded) && (
        <button type="button" className={styles.toggle} aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('longText.less') : t('longText.more')}
        </button>
      )}
    </>
  );
}
