import type { mastodon } from 'masto';
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../../../shared/domain';
import { EmojiText } from '../../components/status/EmojiText';
import { customEmojis } from '../../bridge/customEmojis';

/** Holds a `:shortcode:` that may be a custom emoji. */
const shortcode = /:[\w]+:/;

/**
 * A signed-in account's display name with its server's custom emoji drawn, as on its posts.
 * The summary carries only the text, so the emoji come from the instance's list, asked only
 * when the name holds a shortcode and the account can make calls; until then the text shows.
 */
export function OwnName({ account }: { account: AccountSummary }) {
  const name = account.displayName || account.acct;
  const [emojis, setEmojis] = useState<readonly mastodon.v1.CustomEmoji[]>([]);
  const usable = !account.blockedByPolicy && !account.needsSignIn && shortcode.test(name);
  useEffect(() => {
    if (!usable) return;
    let current = true;
    customEmojis(account.id).then(
      (list) => current && setEmojis(list),
      // Without the list the name reads as typed, which is still the name.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [account.id, usable]);
  return <EmojiText text={name} emojis={emojis} />;
}
