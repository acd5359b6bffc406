import { i18n } from '../../i18n/i18n';
import type { mastodon } from 'masto';
import type { StateCreator } from 'zustand';
import { errorText } from '../../bridge/errorText';
import { remoteClient, type RemoteClient } from '../../bridge/remoteClient';
import type { AtriumState } from '../../store/store';
import { applyChange, looksLikeHandle, type RelationshipChange } from './relationshipLogic';

/** A profile as the side panel shows it, and what happened to the last thing done on it. */
export interface ProfileState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  account: mastodon.v1.Account | null;
  /** Null until known, or when the server would not say (the profile still shows). */
  relationship: mastodon.v1.Relationship | null;
  /** People you follow who follow this person. */
  familiar: mastodon.v1.Account[];
  /** The people this person features (endorses) on their profile. */
  featured: mastodon.v1.Account[];
  featuredTags: mastodon.v1.FeaturedTag[];
  /** The relationship change waiting for the server, if any. */
  pending: RelationshipChange | null;
  /** Why the last change was refused, in plain words. */
  changeError: string | null;
  note: 'idle' | 'saving' | 'saved' | 'error';
  noteError: string | null;
}

/** A profile whose account has arrived. */
export type LoadedProfile = ProfileState & { account: mastodon.v1.Account };

/** True once the profile's account is known (it stays shown while a reload runs). */
export const isLoaded = (profile: ProfileState | undefined): profile is LoadedProfile => Boolean(profile?.account);

/** Profiles opened in the side panel, by `accountId|idOrAcct`. */
export interface ProfileSlice {
  profiles: Record<string, ProfileState>;
  /** Loads a profile by id or handle, then what is around it (relationship, familiar and featured people). */
  loadProfile(accountId: string, idOrAcct: string): Promise<void>;
  /** Follows, unfollows, rings the bell, mutes or blocks; the relationship shows the server's answer. */
  changeRelationship(accountId: string, idOrAcct: string, change: RelationshipChange): Promise<void>;
  /** Saves the private note; `note` says how it went. */
  saveNote(accountId: string, idOrAcct: string, comment: string): Promise<void>;
}

/** The store key of a profile read by an account. */
export const profileKey = (accountId: string, idOrAcct: string): string => `${accountId}|${idOrAcct}`;

const emptyProfile: ProfileState = {
  status: 'loading',
  error: null,
  account: null,
  relationship: null,
  familiar: [],
  featured: [],
  featuredTags: [],
  pending: null,
  changeError: null,
  note: 'idle',
  noteError: null,
};

/** A list that failed (an older server without endorsements, say) is simply empty: the profile still shows. */
const orEmpty = async <Item>(request: Promise<{ items: Item[] }>): Promise<Item[]> => {
  try {
    const { items } = await request;
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
};

async function familiarFollowers(client: RemoteClient, targetId: string): Promise<mastodon.v1.Account[]> {
  try {
    // masto types the parameter as a bare list of ids, but sends an object as `id[]=…`, which is what Mastodon reads.
    const answer = await client.v1.accounts.familiarFollowers.fetch({ id: [targetId] } as unknown as readonly string[]);
    const entry = Array.isArray(answer) ? answer.find((candidate) => candidate?.id === targetId) : undefined;
    return Array.isArray(entry?.accounts) ? entry.accounts : [];
  } catch {
    return [];
  }
}

export const createProfileSlice: StateCreator<AtriumState, [], [], ProfileSlice> = (set, get) => {
  const patch = (key: string, change: Partial<ProfileState>) =>
    set((state) => ({ profiles: { ...state.profiles, [key]: { ...(state.profiles[key] ?? emptyProfile), ...change } } }));

  return {
    profiles: {},
    loadProfile: async (accountId, idOrAcct) => {
      const key = profileKey(accountId, idOrAcct);
      patch(key, { status: 'loading', error: null });
      const client = remoteClient(accountId);
      let account: mastodon.v1.Account;
      try {
        account = looksLikeHandle(idOrAcct) ? await client.v1.accounts.lookup({ acct: idOrAcct.replace(/^@/, '') }) : await client.v1.accounts.$select(idOrAcct).fetch();
        if (typeof account?.id !== 'string' || typeof account.acct !== 'string') throw new Error(i18n.t('people.unreadable'));
      } catch (error) {
        patch(key, { status: 'error', error: errorText(error) });
        return;
      }
      patch(key, { status: 'ready', account });
      const target = client.v1.accounts.$select(account.id);
      const [relationships, familiar, featured, featuredTags] = await Promise.all([
        client.v1.accounts.relationships.fetch({ id: [account.id] }).catch(() => []),
        familiarFollowers(client, account.id),
        orEmpty(target.endorsements.list({ limit: 12 })),
        orEmpty(target.featuredTags.list()),
      ]);
      patch(key, {
        relationship: Array.isArray(relationships) ? (relationships.find((candidate) => candidate?.id === account.id) ?? null) : null,
        familiar,
        featured,
        featuredTags,
      });
    },
    changeRelationship: async (accountId, idOrAcct, change) => {
      const key = profileKey(accountId, idOrAcct);
      const profile = get().profiles[key];
      if (!profile?.account || profile.pending) return;
      patch(key, { pending: change, changeError: null });
      try {
        const relationship = await applyChange(remoteClient(accountId), profile.account.id, change);
        patch(key, { pending: null, relationship });
      } catch (error) {
        patch(key, { pending: null, changeError: errorText(error) });
      }
    },
    saveNote: async (accountId, idOrAcct, comment) => {
      const key = profileKey(accountId, idOrAcct);
      const profile = get().profiles[key];
      if (!profile?.account) return;
      patch(key, { note: 'saving', noteError: null });
      try {
        const relationship = await remoteClient(accountId).v1.accounts.$select(profile.account.id).note.create({ comment });
        patch(key, { note: 'saved', relationship });
      } catch (error) {
        patch(key, { note: 'error', noteError: errorText(error) });
      }
    },
  };
};
