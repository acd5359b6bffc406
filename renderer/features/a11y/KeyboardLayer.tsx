import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '../../i18n/i18n';
import { announce } from './announcer';
import { LazyKeyboardHelp } from './LazyKeyboardHelp';
import { LiveRegion } from './LiveRegion';
import { mainHeading, rememberFocus } from '../../components/focusReturn';

// Asked for as the app starts, not when the shell mounts: the first paint does not wait for it, and
// it is there long before the shell (session restored, first posts drawn) can take a key press.
const shellKeys = import('./shellKeys');

/**
 * The shortcuts that work from anywhere in the shell, not only inside a feed (shellKeys.ts: `?`
 * opens the help sheet, F6 / Shift+F6 move between regions, j/k from a heading step into the posts,
 * posts' interiors stay out of the Tab order), with the help sheet they open and the window's one
 * polite live region. (Backspace belongs to the side panel while it is open: usePanelHistory.)
 * Mount once, in the shell.
 */
export function KeyboardLayer() {
  const [helpOpen, setHelpOpen] = useState(false);
  // The sheet loads lazily and unmounts on close, so focus is given back here, not left to the dialog.
  const restore = useRef<ReturnType<typeof rememberFocus> | null>(null);
  const onHelpChange = useCallback((open: boolean) => {
    if (open) return;
    setHelpOpen(false);
    const back = restore.current;
    restore.current = null;
    requestAnimationFrame(() => back?.(mainHeading));
  }, []);
  const onHelp = useCallback(() => {
    restore.current = rememberFocus();
    setHelpOpen(true);
  }, []);
  useEffect(() => {
    const started = shellKeys.then(({ watchShellKeys }) =>
      watchShellKeys(window, { onHelp, onNothingInside: () => announce(i18n.t('a11y.announce.nothingInside')) }),
    );
    return () => void started.then((stop) => stop());
  }, [onHelp]);
  return (
    <>
      <LiveRegion />
      <LazyKeyboardHelp open={helpOpen} onOpenChange={onHelpChange} />
    </>
  );
}
