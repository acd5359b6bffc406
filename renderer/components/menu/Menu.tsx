import { lazyNamed } from '../lazyNamed';
import type { MenuProps } from './menuTypes';
import { PressToLoad } from './PressToLoad';

const RadixMenu = lazyNamed(() => import('./RadixMenu'), 'RadixMenu');

/**
 * A menu button whose menu code loads on first use: every post has one, and the menu library
 * is too large for the first screen's bundle. Until then a plain button with the same look
 * and name stands in; pressing it loads the menu and opens it.
 */
export function Menu(props: MenuProps) {
  return (
    <PressToLoad label={props.label} trigger={props.trigger} className={props.classes.trigger}>
      <RadixMenu {...props} defaultOpen />
    </PressToLoad>
  );
}
