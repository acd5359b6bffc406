import type { BridgeCall, MastoCall } from '../../shared/bridge';
import { AtriumFailure } from '../../shared/result';
import { callKey } from '../api/allowList';
import type { BridgeHandlers, BridgeInputParsed } from './bridgeServer';
import type { AccountsPort } from './handlers';
import { withPageStreams } from './pageStreams';

/**
 * How a bridge call may name an account:
 * - `none`: it names none;
 * - `acting`: only the account the page is acting as (main's active account, which the page sets
 *   with `switchAccount` and main validates);
 * - `any`: any account signed in on this computer, for the reason given;
 * - `masto`: decided per masto call by {@link crossAccountMastoCalls}.
 */
export type AccountRule<K extends BridgeCall> =
  | { kind: 'none' }
  | { kind: 'acting'; account(input: BridgeInputParsed<K>): string }
  | { kind: 'any'; account(input: BridgeInputParsed<K>): string; reason: string }
  | { kind: 'masto' };

const none = { kind: 'none' } as const;
const byAccountId = (input: { accountId: string }): string => input.accountId;
const acting = { kind: 'acting', account: byAccountId } as const;
const any = (reason: string) => ({ kind: 'any', account: byAccountId, reason }) as const;

/**
 * Every bridge call's account rule. A call added to the contract without one is a compile error, so
 * nobody adds a way to act for another account without writing down why.
 */
export const bridgeAccountRules: { readonly [K in BridgeCall]: AccountRule<K> } = {
  getAppInfo: none,
  getPolicy: none,
  listAccounts: none,
  // It names no account: it reads main's own active one, the account `acting` calls must name.
  openSession: none,
  switchAccount: any('This is how the page says which account it acts as; the account service refuses one that is unknown or paused.'),
  probeInstance: none,
  signIn: none,
  cancelSignIn: none,
  signOut: any('The account switcher and the list of pending sign-outs sign out any account.'),
  forgetAccount: any('The list of pending sign-outs forgets any of them.'),
  callMastodon: { kind: 'masto' },
  readHomeCache: acting,
  writeHomeCache: acting,
  subscribeStream: acting,
  unsubscribeStream: none,
  markNotificationsSeen: none,
  openExternal: none,
  readPostingSlots: none,
  writePostingSlots: any("The scheduling desk edits every account's posting slots."),
  watchScheduled: any("The scheduling desk lists every account's queue; main watches each for posts going out."),
  readDirectory: acting,
  refreshDirectory: acting,
  listDrafts: any('The composer lists the saved drafts of every account, to resume one as its account.'),
  saveDraft: { kind: 'any', account: (input) => input.draft.accountId, reason: 'The composer keeps a draft for the account chosen in its "as" picker.' },
  deleteDraft: any('A draft is deleted for its own account, once posted or discarded.'),
  uploadMedia: any('The composer uploads media as the account chosen in its "as" picker.'),
  cancelUpload: none,
  getCapabilities: any("What an account's server offers is public; the composer and the desk ask it for the account they post as."),
  getKeychainState: none,
};

/** A masto call that may act for an account other than the acting one: why, and whether only on the account's own resources. */
export interface CrossAccountCall {
  reason: string;
  /** The `$select` id must be the account's own id on its server (its own posts, not anyone's). */
  ownAccountOnly?: boolean;
  /** The parameters the call may take for another account; any others are refused. */
  paramsAllowed?(params: Readonly<Record<string, unknown>>): boolean;
}

/**
 * Search as another account finds people and hashtags, or one post by its address; never a full-text
 * search of posts, which would reach that account's private mentions.
 */
const composerSearchOnly = (params: Readonly<Record<string, unknown>>): boolean =>
  params['type'] === 'accounts' || params['type'] === 'hashtags' || (params['type'] === 'statuses' && typeof params['q'] === 'string' && /^https?:\/\/\S+$/.test(params['q']));

/**
 * The masto calls the page may make for any usable signed-in account, each with its reason. Every other
 * allow-listed call acts only for the acting account: a page showing A cannot read B's notifications,
 * timelines or conversations, follow or block as B.
 */
export const crossAccountMastoCalls: ReadonlyMap<string, CrossAccountCall> = new Map<string, CrossAccountCall>([
  ['v1.statuses.create', { reason: 'The composer posts as the account chosen in its "as" picker; the scheduling desk schedules, posts now and copies posts for any account.' }],
  ['v1.media.$select.update', { reason: 'The composer sets alt text and focal point on media it uploaded as the picked account.' }],
  ['v2.instance.fetch', { reason: "The composer reads the picked account's server limits (characters, media, polls)." }],
  ['v1.accounts.verifyCredentials', { reason: "The composer reads the picked account's default visibility and language." }],
  ['v1.customEmojis.list', { reason: "The composer offers the custom emoji of the picked account's server." }],
  [
    'v2.search.list',
    { reason: 'The composer suggests mentions and hashtags, and finds the post replied to or quoted by its address, as the picked account.', paramsAllowed: composerSearchOnly },
  ],
  ['v1.scheduledStatuses.list', { reason: "The scheduling desk shows every account's queue at once." }],
  ['v1.scheduledStatuses.$select.fetch', { reason: 'The desk checks a post is still queued before replacing it, for any account.' }],
  ['v1.scheduledStatuses.$select.update', { reason: 'The desk moves a post of any account to another time.' }],
  ['v1.scheduledStatuses.$select.remove', { reason: 'The desk cancels, edits (by replacing) and posts now a post of any account.' }],
  [
    'v1.accounts.$select.statuses.list',
    { reason: "The desk's Sent view and its went-out check read the account's own latest posts.", ownAccountOnly: true },
  ],
  ['v1.markers.create', { reason: 'Home saves how far the person read as it closes, which is just after the page switched to another account.' }],
]);

const notActing = () => new AtriumFailure('not_acting_account', 'That account is not the one Atrium is showing. Switch to it first.');
const notSignedIn = () => new AtriumFailure('unknown_account', 'That account is not signed in on this computer.');

/**
 * Wraps the handlers so that each call acts only for the account its rule allows: the acting account,
 * any signed-in account (a named reason), or per masto call. The check runs before the handler, so a
 * refused call reaches no service and no server. The page's streams follow the acting account too
 * ({@link withPageStreams}).
 */
export function withAccountScope(handlers: BridgeHandlers, accounts: Pick<AccountsPort, 'list'>): BridgeHandlers {
  const check = async <K extends BridgeCall>(call: K, input: BridgeInputParsed<K>): Promise<void> => {
    const rule: AccountRule<K> = bridgeAccountRules[call];
    if (rule.kind === 'none') return;
    const { accounts: signedIn, activeId } = await accounts.list();
    if (rule.kind === 'acting') {
      if (rule.account(input) !== activeId) throw notActing();
      return;
    }
    if (rule.kind === 'any') {
      if (!signedIn.some((account) => account.id === rule.account(input))) throw notSignedIn();
      return;
    }
    const masto = input as MastoCall;
    if (masto.accountId === activeId) return;
    const cross = crossAccountMastoCalls.get(callKey(masto.path));
    const target = signedIn.find((account) => account.id === masto.accountId);
    // A paused account is refused by the credentials themselves, with the policy's own sentence.
    if (!cross || !target || target.signOutPending) throw target ? notActing() : notSignedIn();
    if (cross.ownAccountOnly && !selectsOwnAccount(masto)) throw notActing();
    if (cross.paramsAllowed && !cross.paramsAllowed(masto.params ?? {})) throw notActing();
  };
  const inner = withPageStreams(handlers);
  const scoped = Object.fromEntries(
    (Object.keys(inner) as BridgeCall[]).map((call) => {
      const handler = inner[call] as (input: unknown) => Promise<unknown>;
      return [call, async (input: unknown) => (await check(call, input as never), handler(input))];
    }),
  );
  // The same keys with the same signatures: the map above only puts a check in front of each.
  return scoped as unknown as BridgeHandlers;
}

/** True when the call's one `$select` names the account itself (`<server id>@<host>` holds its server id). */
function selectsOwnAccount(call: MastoCall): boolean {
  const ownId = call.accountId.slice(0, call.accountId.lastIndexOf('@'));
  const selected = call.path.filter((segment) => typeof segment !== 'string');
  return selected.length === 1 && selected[0]?.select === ownId;
}
