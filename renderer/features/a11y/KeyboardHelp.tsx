import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from '../../i18n/useTranslation';
import dialogStyles from '../../components/status/Dialog.module.css';
import styles from './KeyboardHelp.module.css';

/** Every shortcut Atrium answers to, grouped as the sheet shows them; each action names a string in `a11y.keys`. */
export const shortcutGroups: Array<{ group: string; shortcuts: Array<{ keys: string[]; action: string }> }> = [
  {
    group: 'posts',
    shortcuts: [
      { keys: ['j'], action: 'next' },
      { keys: ['k'], action: 'previous' },
      { keys: ['Page Down'], action: 'pageNext' },
      { keys: ['Page Up'], action: 'pagePrevious' },
      { keys: ['Enter'], action: 'open' },
      { keys: ['Tab'], action: 'actions' },
      { keys: ['←', '→'], action: 'arrows' },
      { keys: ['Esc'], action: 'closePanel' },
      { keys: ['Backspace'], action: 'back' },
    ],
  },
  {
    group: 'actions',
    shortcuts: [
      { keys: ['r'], action: 'reply' },
      { keys: ['f'], action: 'favourite' },
      { keys: ['b'], action: 'boost' },
      { keys: ['x'], action: 'toggleWarning' },
      { keys: ['h'], action: 'toggleMedia' },
      { keys: ['p'], action: 'profile' },
    ],
  },
  {
    group: 'goTo',
    shortcuts: [
      { keys: ['g', 'h'], action: 'home' },
      { keys: ['g', 'o'], action: 'organization' },
      { keys: ['g', 'n'], action: 'notifications' },
      { keys: ['g', 't'], action: 'federated' },
      { keys: ['g', 'b'], action: 'bookmarks' },
      { keys: ['g', 'f'], action: 'favourites' },
      { keys: ['g', 'l'], action: 'lists' },
      { keys: ['g', 'd'], action: 'directory' },
    ],
  },
  {
    group: 'anywhere',
    shortcuts: [
      { keys: ['n'], action: 'compose' },
      { keys: ['Ctrl', 'K'], action: 'search' },
      { keys: ['Ctrl', '1…9'], action: 'switchAccount' },
      { keys: ['F6'], action: 'nextRegion' },
      { keys: ['Shift', 'F6'], action: 'previousRegion' },
      { keys: ['?'], action: 'help' },
    ],
  },
];

/** The keyboard help sheet, opened with `?` from anywhere; Radix returns focus to where it was on close. */
export function KeyboardHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogStyles.overlay} />
        <Dialog.Content className={`${dialogStyles.content} ${styles.sheet}`}>
          <Dialog.Title className={dialogStyles.title}>{t('a11y.keys.title')}</Dialog.Title>
          <Dialog.Description className={dialogStyles.description}>{t('a11y.keys.description')}</Dialog.Description>
          <div className={styles.shortcuts}>
            {shortcutGroups.map(({ group, shortcuts }) => (
              <section key={group} aria-labelledby={`keys-${group}`}>
                <h3 id={`keys-${group}`} className={styles.group}>
                  {t(`a11y.keys.groups.${group}`)}
                </h3>
                <dl className={styles.list}>
                  {shortcuts.map(({ keys, action }) => (
                    <div key={action} className={styles.shortcut}>
                      <dt>
                        {keys.map((key, index) => (
                          <span key={key}>
                            {index > 0 && ' '}
                            <kbd className={styles.kbd}>{key}</kbd>
                          </span>
                        ))}
                      </dt>
                      <dd>{t(`a11y.keys.${action}`)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <div className={dialogStyles.buttons}>
            <Dialog.Close className={dialogStyles.button}>{t('status.dialog.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
