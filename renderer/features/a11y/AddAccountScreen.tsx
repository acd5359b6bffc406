import { useEffect } from 'react';
import { focusFirstOf, focusTarget, mainHeading } from '../../components/focusReturn';
import { useAtrium } from '../../store/store';
import { SignInScreen } from '../signIn/SignInScreen';

/** The rail's account switcher: what opened "Add an account", and where focus returns when it is left. */
const accountSwitcher = () => document.querySelector<HTMLElement>('nav[data-region="rail"] [aria-haspopup="menu"]');

/**
 * "Add an account": the sign-in screen standing in for the whole shell, with the focus a screen
 * that replaces the page owes: focus moves to its heading; Escape from any of its steps goes back
 * (`onCancel`, through the sign-in screen, which also stops a sign-in under way); leaving without a
 * new account gives focus back to the account switcher, while a new account leaves it on the new
 * view's heading, where the shell puts it.
 */
export function AddAccountScreen({ onCancel }: { onCancel(): void }) {
  useEffect(() => {
    const startedAs = useAtrium.getState().activeAccountId;
    focusTarget(document.querySelector<HTMLElement>('main h1'));
    return () => {
      if (useAtrium.getState().activeAccountId !== startedAs) return;
      // After the shell is back and has put focus on its heading.
      requestAnimationFrame(() => focusFirstOf(document, accountSwitcher, mainHeading));
    };
  }, []);
  return <SignInScreen onCancel={onCancel} />;
}
