import { i18n } from '../../i18n/i18n';
import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import { remoteClient } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { isReadableStatus, normalizeStatuses, toggleFields, withToggle, type StoredStatus, type ToggleAction } from './statusLogic';
import { errorText } from '../../bridge/errorText';
import { BridgeError } from '../../bridge/bridge';
import { passingProblems } from '../../bridge/serverWatch';

/** What a failed action was, so the message can say it in the person's language. */
export type NoticeAction = ToggleAction | 'vote' | 'delete' | 'report' | 'copy' | 'history' | 'load';

/** A message about an action the server refused, shown until dismissed. */
export interface Notice {
  id: number;
  action: NoticeAction;
  /** The bridge's own sentence: why it failed. */
  detail: string;
  /** A passing problem (no network, a failing server): the notice goes once the server answers again. */
  passing: boolean;
}

/** Posts by id, and what happens to one post wherever it is shown. */
export interface StatusSlice {
  statuses: Record<string, StoredStatus>;
  notices: Notice[];
  /**
   * Stores posts (and the posts they boost) from any answer, replacing older copies. With the
   * account that fetched them: ignored if another account became active meanwhile, since a
   * post's flags (favourited, boosted) are the fetching account's.
   */
  upsertStatuses(list: readonly mastodon.v1.Status[], fetchedAs?: string): void;
  /** Favourites, boosts or bookmarks at once, then asks the server; puts it back and says why if refused. */
  toggleStatus(accountId: string, statusId: string, action: ToggleAction): Promise<void>;
  /** Votes in a post's poll; true when the server accepted the vote. */
  votePoll(accountId: string, statusId: string, choices: number[]): Promise<boolean>;
  /** Reports a failure to the person. */
  pushNotice(action: NoticeAction, error: unknown): void;
  dismissNotice(id: number): void;
  /** Removes the notices of passing problems: the server answered again. */
  dismissPassingNotices(): void;
}

let noticeCounter = 0;


export const createStatusSlice: StateCreator<AtriumState, [], [], StatusSlice> = (set, get) => ({
  statuses: {},
  notices: [],
  upsertStatuses: (list, fetchedAs) => {
    const active = get().activeAccountId;
    if (fetchedAs !== undefined && active !== null && active !== fetchedAs) return;
    const readable = list.filter(isReadableStatus);
    if (readable.length < list.length) get().pushNotice('load', new Error(i18n.t('timeline.unreadable', { count: list.length - readable.length })));
    if (readable.length === 0) return;
    set((state) => ({ statuses: { ...state.statuses, ...normalizeStatuses(readable) } }));
  },
  toggleStatus: async (accountId, statusId, action) => {
    const before = get().statuses[statusId];
    if (!before) return;
    const on = !before[toggleFields[action].flag];
    const apply = (value: boolean) =>
      set((state) => {
        const current = state.statuses[statusId];
        return current ? { statuses: { ...state.statuses, [statusId]: withToggle(current, action, value) } } : {};
      });
    apply(on);
    try {
      const target = remoteClient(accountId).v1.statuses.$select(statusId);
      const requests = {
        favourite: () => (on ? target.favourite() : target.unfavourite()),
        reblog: () => (on ? target.reblog() : target.unreblog()),
        bookmark: () => (on ? target.bookmark() : target.unbookmark()),
      };
      const answer = await requests[action]();
      // A boost answers with the new boost wrapping the post; the post inside is what changed.
      get().upsertStatuses([answer.reblog && answer.reblog.id === statusId ? answer.reblog : answer], accountId);
    } catch (error) {
      apply(!on);
      get().pushNotice(action, error);
    }
  },
  votePoll: async (accountId, statusId, choices) => {
    const status = get().statuses[statusId];
    if (!status?.poll) return false;
    try {
      const poll = await remoteClient(accountId).v1.polls.$select(status.poll.id).votes.create({ choices });
      set((state) => {
        const current = state.statuses[statusId];
        return current ? { statuses: { ...state.statuses, [statusId]: { ...current, poll } } } : {};
      });
      return true;
    } catch (error) {
      get().pushNotice('vote', error);
      return false;
    }
  },
  pushNotice: (action, error) => {
    // A background load that failed for want of a network is already said by the offline mark: not twice.
    if (action === 'load' && error instanceof BridgeError && (error.code === 'network' || error.code === 'timeout')) return;
    noticeCounter += 1;
    const notice = { id: noticeCounter, action, detail: errorText(error), passing: error instanceof BridgeError && passingProblems.has(error.code) };
    // One notice per problem: the same failure again replaces the first. Only the latest few matter.
    const others = (notices: Notice[]) => notices.filter((other) => other.action !== action || other.detail !== notice.detail);
    set((state) => ({ notices: [...others(state.notices).slice(-2), notice] }));
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  dismissPassingNotices: () => set((state) => (state.notices.some((notice) => notice.passing) ? { notices: state.notices.filter((notice) => !notice.passing) } : {})),
});
