import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { focusTarget, mainHeading } from '../../components/focusReturn';

import styles from './a11y.module.css';

/** The first Tab stop: jumps past the rail to the view's heading. Hidden until it has focus. */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusTarget(mainHeading());
  };
  return (
    <a href="#column-main" className={styles.skipLink} onClick={skip}>
      {t('a11y.skip')}
    </a>
  );
}
