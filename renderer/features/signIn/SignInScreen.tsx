import { ArrowLeft, Building2, FlaskConical, Lock, ShieldCheck } from 'lucide-react';
import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { AtriumMark } from '../../components/AtriumMark';
import { useAtrium } from '../../store/store';
import { LazyKeychainNotice } from '../keychain/LazyKeychainNotice';
import { useKeychainState } from '../keychain/useKeychainState';
import { PausedAccountsNotice } from '../policy/PausedAccountsNotice';
import styles from './SignInScreen.module.css';
import { LazyPendingSignOuts } from '../signOut/LazyPendingSignOuts';
import { TrustStep } from './TrustStep';
import { useSignIn } from './useSignIn';

/**
 * The first screen: choose your organization and sign in through its single sign-on.
 * Also used to add another account, with `onCancel` leading back.
 */
export function SignInScreen({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation();
  const policy = useAtrium((state) => state.policy);
  const demoUrl = useAtrium((state) => state.appInfo?.demoInstanceUrl ?? null);
  const pinned = policy?.pinnedInstanceUrl ?? null;
  const [address, setAddress] = useState(pinned ?? '');
  const { phase, signIn, confirm, cancel } = useSignIn();
  const busy = phase.step === 'checking' || phase.step === 'waiting';
  const [emptyError, setEmptyError] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const previousStep = useRef(phase.step);
  const keychain = useKeychainState();
  const demoOffered = Boolean(demoUrl && !policy?.hideDemo && !pinned);

  // The button that moved the person on goes away with its step, so focus goes with them: to Cancel while the
  // browser is open (the only thing to do here), and back to the address after "is this your server?" or the
  // browser, where they may want to change it (a failure's alert is read out as it appears).
  useEffect(() => {
    const from = previousStep.current;
    if (phase.step === 'waiting') cancelRef.current?.focus();
    else if ((from === 'confirm' || from === 'waiting') && (phase.step === 'idle' || phase.step === 'failed')) inputRef.current?.focus();
    previousStep.current = phase.step;
  }, [phase.step]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!address.trim()) return setEmptyError(true);
    setEmptyError(false);
    void signIn(address.trim());
  }

  const error = emptyError ? t('signIn.emptyAddress') : phase.step === 'failed' ? phase.message : null;

  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <div className={styles.brand}>
          <AtriumMark size={44} />
          <span className={styles.wordmark}>{t('app.name')}</span>
        </div>
        <div className={styles.pending}>
          <LazyPendingSignOuts />
        </div>
        {phase.step === 'confirm' ? (
          <TrustStep instance={phase.instance} onConfirm={confirm} onBack={cancel} />
        ) : phase.step === 'waiting' ? (
          <div className={styles.waiting} role="status">
            <span className={styles.spinner} aria-hidden="true" />
            <h1 id="sign-in-title" className={styles.title}>{t('signIn.waiting')}</h1>
            <p className={styles.lead}>{t('signIn.waitingLead', { domain: phase.domain })}</p>
            <button ref={cancelRef} type="button" className={styles.linkButton} onClick={cancel}>
              {t('signIn.cancel')}
            </button>
          </div>
        ) : (
          <>
            <h1 id="sign-in-title" className={styles.title}>{onCancel ? t('signIn.addTitle') : t('signIn.title')}</h1>
            <p className={styles.lead}>{t('signIn.lead')}</p>
            {!onCancel && <PausedAccountsNotice />}
            <form className={styles.form} onSubmit={submit} noValidate>
              <label htmlFor="instance" className={styles.label}>{t('signIn.instanceLabel')}</label>
              <div className={styles.inputRow} data-invalid={error ? '' : undefined}>
                {pinned ? <Lock size={18} aria-hidden="true" /> : <Building2 size={18} aria-hidden="true" />}
                <input
                  ref={inputRef}
                  id="instance"
                  className={styles.input}
                  value={address}
                  onChange={(event) => setAddress(event.target.value)}
                  placeholder={t('signIn.instancePlaceholder')}
                  readOnly={pinned !== null}
                  autoComplete="url"
                  spellCheck={false}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'instance-error' : pinned ? 'instance-pinned' : undefined}
                />
              </div>
              {pinned && <p id="instance-pinned" className={styles.hint}>{t('signIn.pinnedHint')}</p>}
              {error && (
                <p id="instance-error" className={styles.error} role="alert">
                  {error}
                </p>
              )}
              <button type="submit" className={styles.primary} disabled={busy}>
                {phase.step === 'checking' ? t('signIn.checking') : t('signIn.continue')}
              </button>
            </form>
            <p className={styles.note}>
              <ShieldCheck size={16} aria-hidden="true" />
              <span>{t('signIn.browserNote')}</span>
            </p>
            {onCancel && (
              <button type="button" className={styles.back} onClick={onCancel}>
                <ArrowLeft size={16} aria-hidden="true" />
                {t('signIn.back')}
              </button>
            )}
            {demoUrl && demoOffered && (
              <div className={styles.demo}>
                <button type="button" className={styles.secondary} disabled={busy} onClick={() => void signIn(demoUrl, { named: true })}>
                  <FlaskConical size={16} aria-hidden="true" />
                  {t('signIn.demo')}
                </button>
                <p className={styles.hint}>{t('signIn.demoNote')}</p>
              </div>
            )}
            {/* Below everything else, so the notice arriving a moment after the screen moves nothing being typed in. */}
            {keychain && keychain !== 'ready' && (
              <Suspense fallback={null}>
                <LazyKeychainNotice state={keychain} demoOffered={demoOffered} />
              </Suspense>
            )}
          </>
        )}
      </section>
    </main>
  );
}
