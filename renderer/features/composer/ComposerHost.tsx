import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAtrium } from '../../store/store';
import { takeReturnFocus } from './composerEntry';
import { ComposerPanel } from './ComposerPanel';
import { useComposer } from './composerStore';

/**
 * Loaded on the first use of the composer: starts the draft each request asks for, shows the
 * panel while it is open, gives focus back where it was when it closes, and keeps a live region
 * that outlives the panel, so "Posted" is still heard after the panel went away.
 */
export function ComposerHost() {
  const { t } = useTranslation();
  const open = useAtrium((state) => state.composerOpen);
  const request = useAtrium((state) => state.composerRequest);
  const announcement = useComposer((state) => state.announcement);

  useEffect(() => {
    if (request) void useComposer.getState().start(request.intent);
  }, [request]);

  useEffect(() => {
    if (open) return;
    void useComposer.getState().flush();
    takeReturnFocus()?.focus();
  }, [open]);

  return (
    <>
      {open && <ComposerPanel />}
      <p className="visually-hidden" role="status">
        {announcement ? t(announcement.key, announcement.values) : ''}
      </p>
    </>
  );
}
