import { Suspense, useState } from 'react';
import { lazyNamed } from '../lazyNamed';
import type { MenuProps } from './menuTypes';

const RadixMenu = lazyNamed(() => import('./RadixMenu'), 'RadixMenu');

/**
 * A menu button whose menu code loads on first use: every post has one, and the menu library
 * is too large for the first screen's bundle. Until then a plain button with the same look
 * and name stands in; pressing it loads the menu and opens it.
 */
export function Menu(props: MenuProps) {
  const [loaded, setLoaded] = useState(false);
  const placeholder = (
    <button type="button" className={props.classes.trigger} aria-label={props.label} aria-haspopup="menu" aria-expanded={false} onClick={() => setLoaded(true)}>
      {props.trigger}
    </button>
  );
  if (!loaded) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RadixMenu {...props} defaultOpen />
    </Suspense>
  );
}
