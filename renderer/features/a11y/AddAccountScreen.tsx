import { useEffect, useRef } from 'react';
import { call } from '../../bridge/bridge';
import { focusFirstOf, focusTarget, mainHeading } from '../../components/focusReturn';
import { modalOpen } from '../../components/typingTarget';
import { useAtrium } from '../../store/store';
import { SignInScreen } from '../signIn/SignInScreen';

/** The rail's account switcher: what opened "Add an account", and where focus returns when it is left. */
const accountSwitcher = () => document.querySelector<HTMLElement>('nav[data-region="rail"] [aria-haspopup="menu"]');

/**
 * "Add an account": the sign-in screen standing in for the whole shell, with the focus a screen
 * that replaces the page owes: focus moves to its heading; Escape goes back (`onCancel`) from each
 * of its steps, stopping a sign-in the browser is open for; leaving without a new account gives
 * focus back to the account switcher, while a new account leaves it on the new view's heading,
 * where the shell puts it.
 */
export function AddAccountScreen({ onCancel }: { onCancel(): void }) {
  const latest = useRef(onCancel);
  useEffect(() => {
    latest.current = onCancel;
  });

  useEffect(() => {
    const startedAs = useAtrium.getState().activeAccountId;
    focusTarget(document.querySelector<HTMLElement>('main h1'));
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || modalOpen()) return;
      event.preventDefault();
      // Nothing to stop unless the browser is open for a sign-in; then that sign-in ends here too.
      void call('cancelSignIn', {}).catch(() => undefined);
      latest.current();
    };
    // Captured before a step's own Escape (the server question's would only go back to the address).
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (useAtrium.getState().activeAccountId !== startedAs) return;
      // After the shell is back and has put focus on its heading.
      requestAnimationFrame(() => focusFirstOf(document, accountSwitcher, mainHeading));
    };
  }, []);
  return <SignInScreen onCancel={onCancel} />;
}
