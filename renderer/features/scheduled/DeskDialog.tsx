import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import dialogStyles from '../../components/status/Dialog.module.css';
import styles from './Scheduled.module.css';

interface DeskDialogProps {
  open?: boolean;
  title: string;
  description: ReactNode;
  /** `alertdialog` for a confirmation that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** Where focus goes when the dialog closes (the control that opened it). */
  returnFocus(): HTMLElement | null;
  onOpenChange(open: boolean): void;
  onSubmit(): void;
  submitLabel: string;
  submitDisabled: boolean;
  danger?: boolean;
  /** Why the last try failed, said in the dialog so nothing typed is lost. */
  error?: string | null;
  /** More buttons before the main one (such as "Add to queue"). */
  extraButtons?: ReactNode;
  children?: ReactNode;
}

/**
 * The one dialog shape of the scheduling feature: title, description, a form whose main button
 * submits, Back to close (Escape too), the failure said inside, and focus given back on close.
 */
export function DeskDialog({ open = true, title, description, role = 'dialog', returnFocus, onOpenChange, onSubmit, submitLabel, submitDisabled, danger, error, extraButtons, children }: DeskDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogStyles.overlay} />
        <Dialog.Content
          className={dialogStyles.content}
          role={role}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus()?.focus();
          }}
        >
          <Dialog.Title className={dialogStyles.title}>{title}</Dialog.Title>
          <Dialog.Description className={dialogStyles.description}>{description}</Dialog.Description>
          <form
            className={styles.dialogForm}
            onSubmit={(event) => {
              event.preventDefault();
              // React passes events up through the portal: a form around the opener (the composer's) must not submit too.
              event.stopPropagation();
              if (!submitDisabled) onSubmit();
            }}
          >
            {children}
            {error && (
              <p className={dialogStyles.error} role="alert">
                {error}
              </p>
            )}
            <div className={dialogStyles.buttons}>
              <Dialog.Close className={dialogStyles.button}>{t('scheduled.dialog.back')}</Dialog.Close>
              {extraButtons}
              <button type="submit" className={danger ? dialogStyles.danger : dialogStyles.primary} disabled={submitDisabled}>
                {submitLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
