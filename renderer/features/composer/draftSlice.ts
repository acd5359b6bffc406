import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import type { Draft } from '../../../shared/drafts';
import { call } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';
import { remoteClient } from '../../bridge/remoteClient';
import { useAtrium } from '../../store/store';
import { accountContext, type AccountContext } from './accountContext';
import type { ComposerIntent } from './composerEntry';
import type { ComposerState, DraftSlice } from './composerTypes';
import { blankDraft, editDraft, mentionDraft, quoteDraft, redraftDraft, replyDraft, type DraftDefaults } from './draftFactory';
import { DraftSaver } from './draftSaver';
import { morePrivate } from './visibilities';

/** The one saver of the composer's drafts; the store tells the view when it wrote. */
export let draftSaver: DraftSaver;

/** Accounts whose saved drafts were looked at since the app started: Compose resumes the newest once, after a restart. */
const resumed = new Set<string>();

/** A change of posting account under way (moving the draft, finding the post on the other server). */
let switching: Promise<void> = Promise.resolve();

/** Resolves once any change of posting account has finished: Send waits for it, so it never goes out as the account being left. */
export const whenAccountSwitched = (): Promise<void> => switching;

/** Forgets which accounts' drafts were resumed and any account change under way, as after a restart (tests). */
export function resetDraftState(): void {
  resumed.clear();
  switching = Promise.resolve();
}

/** Visibility from IT's policy and the account's own default (the more private wins); language from the account, else the OS. */
export function draftDefaults(accountId: string, context: AccountContext): DraftDefaults {
  const policy = useAtrium.getState().policy;
  const fromPolicy = policy?.defaultVisibility ?? 'public';
  const language = context.language ?? (navigator.language ? (navigator.language.split('-')[0] ?? null) : null);
  return { accountId, visibility: context.privacy ? morePrivate(fromPolicy, context.privacy) : fromPolicy, language };
}

/** A post the store knows (the content of a boost, never the boost). */
function knownStatus(statusId: string): mastodon.v1.Status | undefined {
  // The store keeps posts without their boosted post inline; the composer needs none of that.
  return useAtrium.getState().statuses[statusId] as unknown as mastodon.v1.Status | undefined;
}

/** Builds the draft an intent asks for (reply, quote, mention, edit, redraft; anything else starts blank). */
async function draftFor(intent: ComposerIntent, accountId: string, context: AccountContext): Promise<Draft> {
  const defaults = draftDefaults(accountId, context);
  const ownAcct = useAtrium.getState().accounts.find((account) => account.id === accountId)?.acct ?? '';
  const status = 'statusId' in intent ? knownStatus(intent.statusId) : undefined;
  switch (intent.kind) {
    case 'reply':
      return status ? replyDraft(defaults, status, ownAcct) : blankDraft(defaults);
    case 'quote':
      return status ? quoteDraft(defaults, status) : blankDraft(defaults);
    case 'mention':
      return mentionDraft(defaults, intent.acct);
    case 'edit': {
      if (!status) return blankDraft(defaults);
      const source = await remoteClient(accountId).v1.statuses.$select(status.id).source.fetch();
      return editDraft(defaults, status, { text: source.text, spoilerText: source.spoilerText });
    }
    case 'redraft':
      return redraftDraft(defaults, intent.deleted);
    default:
      return blankDraft(defaults);
  }
}

/**
 * A reply to one's own post mentions nobody; answered from another account, it must mention the
 * post's author, or they would not hear of it.
 */
export function withReplyMention(draft: Draft, postingAcct: string): string {
  const author = draft.inReplyTo?.acct;
  if (!author || author === postingAcct || draft.text.includes(`@${author}`)) return draft.text;
  return `@${author} ${draft.text}`;
}

/** Finds a post by its address on the instance of the account about to post, as that account sees it. */
async function resolveOn(accountId: string, url: string | null): Promise<string | null> {
  if (!url) return null;
  const page = await remoteClient(accountId).v2.search.list({ q: url, resolve: true, type: 'statuses', limit: 1 });
  return page.items.statuses?.[0]?.id ?? null;
}

export const createDraftSlice: StateCreator<ComposerState, [], [], DraftSlice> = (set, get) => {
  draftSaver = new DraftSaver((draft, error) => {
    if (get().draft?.id !== draft.id) return;
    set({ saved: error ? { error: errorText(error) } : { at: new Date().toISOString() } });
  });
  const begin = (draft: Draft, context: AccountContext) => {
    if (draft.text || draft.media.length > 0) draftSaver.schedule(draft);
    set({ draft, context, phase: 'editing', error: null, problem: null, notice: null, target: 'ok', saved: null, uploads: [] });
  };
  /** Moves the draft to another posting account, then finds what it answers or quotes on that account's server. */
  const moveDraft = async (draft: Draft, accountId: string): Promise<void> => {
    // Nothing can be sent until the move is done: the old account's name stays on it meanwhile.
    set({ target: 'resolving' });
    await draftSaver.flush();
    // The draft moves to the other account's drafts as a new one; its old copy goes.
    await draftSaver.remove(draft).catch(() => undefined);
    const context = await accountContext(accountId);
    const handle = useAtrium.getState().accounts.find((account) => account.id === accountId)?.acct ?? '';
    const moved: Draft = {
      ...draft,
      id: crypto.randomUUID(),
      idempotencyKey: crypto.randomUUID(),
      accountId,
      text: withReplyMention(draft, handle),
      updatedAt: new Date().toISOString(),
    };
    set({ draft: moved, context, target: draft.inReplyTo || draft.quote ? 'resolving' : 'ok', announcement: { key: 'composer.account.switched', values: { handle } } });
    draftSaver.schedule(moved);
    if (!draft.inReplyTo && !draft.quote) return;
    try {
      const [replyId, quoteId] = await Promise.all([
        draft.inReplyTo ? resolveOn(accountId, draft.inReplyTo.url) : null,
        draft.quote ? resolveOn(accountId, draft.quote.url) : null,
      ]);
      if (get().draft?.id !== moved.id) return;
      const missing = (draft.inReplyTo !== null && replyId === null) || (draft.quote !== null && quoteId === null);
      if (missing) return set({ target: 'missing' });
      get().update({
        inReplyTo: draft.inReplyTo && replyId ? { ...draft.inReplyTo, id: replyId } : null,
        quote: draft.quote && quoteId ? { ...draft.quote, id: quoteId } : null,
      });
      set({ target: 'ok', announcement: { key: 'composer.account.found' } });
    } catch {
      if (get().draft?.id === moved.id) set({ target: 'missing' });
    }
  };
  return {
    draft: null,
    context: null,
    phase: 'loading',
    error: null,
    problem: null,
    target: 'ok',
    announcement: null,
    notice: null,
    saved: null,
    start: async (intent) => {
      const current = get().draft;
      if (intent.kind === 'new' && current && get().phase !== 'loading') return;
      await draftSaver.flush();
      set({ phase: 'loading', error: null, problem: null });
      try {
        if (intent.kind === 'draft' || intent.kind === 'new') {
          const accountId = intent.kind === 'draft' ? intent.accountId : (useAtrium.getState().activeAccountId ?? '');
          const { drafts } = await call('listDrafts', { accountId });
          drafts.forEach((draft) => draftSaver.know(draft));
          // The first Compose after a start resumes what was being written last; a draft from the list opens as it is.
          const saved = intent.kind === 'draft' ? drafts.find((draft) => draft.id === intent.draftId) : resumed.has(accountId) ? undefined : drafts[0];
          resumed.add(accountId);
          const context = await accountContext(saved?.accountId ?? accountId);
          return begin(saved ?? blankDraft(draftDefaults(accountId, context)), context);
        }
        const accountId = useAtrium.getState().activeAccountId ?? '';
        const context = await accountContext(accountId);
        begin(await draftFor(intent, accountId, context), context);
      } catch (error) {
        set({ phase: 'failed', error: errorText(error) });
      }
    },
    update: (change) => {
      const draft = get().draft;
      if (!draft) return;
      const next = { ...draft, ...change, updatedAt: new Date().toISOString() };
      set({ draft: next, problem: null, notice: null });
      draftSaver.schedule(next);
    },
    setPostingAccount: (accountId) => {
      const draft = get().draft;
      if (!draft || draft.accountId === accountId || get().phase === 'sending') return switching;
      if (draft.media.length > 0 || get().uploads.length > 0) {
        set({ notice: { key: 'composer.account.mediaBlocksSwitch' } });
        return switching;
      }
      switching = switching.then(() => moveDraft(draft, accountId));
      return switching;
    },
    startOver: async () => {
      const draft = get().draft;
      const context = get().context;
      if (!draft || !context || get().phase === 'sending') return;
      await draftSaver.flush();
      begin(blankDraft(draftDefaults(draft.accountId, context)), context);
      set({ announcement: { key: 'composer.startedOver' } });
    },
    flush: () => draftSaver.flush(),
  };
};
