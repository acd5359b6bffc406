import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import dialogStyles from '../../components/status/Dialog.module.css';
import styles from './Timeline.module.css';

/** Every shortcut, with its keys; g-combinations are handled by the shell. */
const shortcuts: Array<{ keys: string[]; action: string }> = [
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['r'], action: 'reply' },
  { keys: ['f'], action: 'favourite' },
  { keys: ['b'], action: 'boost' },
  { keys: ['g', 'h'], action: 'home' },
  { keys: ['g', 'n'], action: 'notifications' },
  { keys: ['g', 'o'], action: 'organization' },
  { keys: ['?'], action: 'help' },
];

/** The keyboard help sheet, opened with `?`. */
export function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogStyles.overlay} />
        <Dialog.Content className={dialogStyles.content}>
          <Dialog.Title className={dialogStyles.title}>{t('timeline.keys.title')}</Dialog.Title>
          <Dialog.Description className={dialogStyles.description}>{t('timeline.keys.description')}</Dialog.Description>
          <dl className={styles.shortcuts}>
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
                <dd>{t(`timeline.keys.${action}`)}</dd>
              </div>
            ))}
          </dl>
          <div className={dialogStyles.buttons}>
            <Dialog.Close className={dialogStyles.button}>{t('status.dialog.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
