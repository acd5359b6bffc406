import { z } from 'zod';
import { directoryPersonSchema, type DirectoryPerson } from '../../shared/directory';

const text = (max: number) => z.string().catch('').transform((value) => value.slice(0, max));
const count = z.number().int().nonnegative().catch(0);

// What a server's account may look like: each part is checked, and what is missing or odd is
// made harmless (empty, zero, false) rather than failing the whole directory.
const serverAccountSchema = z.object({
  id: z.string().min(1).max(64),
  acct: text(400),
  username: text(200),
  url: text(2_048),
  displayName: text(400),
  note: text(10_000),
  avatar: text(2_048),
  bot: z.boolean().catch(false),
  group: z.boolean().catch(false),
  locked: z.boolean().catch(false),
  createdAt: z.string().catch(''),
  lastStatusAt: z.string().nullable().catch(null),
  followersCount: count,
  followingCount: count,
  statusesCount: count,
  fields: z
    .array(z.object({ name: text(255), value: text(2_048), verifiedAt: z.string().nullable().catch(null) }))
    .catch([])
    .transform((fields) => fields.slice(0, 16)),
  emojis: z
    .array(z.object({ shortcode: text(100), url: text(2_048), staticUrl: text(2_048) }))
    .catch([])
    .transform((emojis) => emojis.slice(0, 64)),
});

/**
 * One account from the server's directory answer (as masto camel-cases it) as the directory keeps
 * it, or null when it is not an account at all (no id). Over-long text is cut, not refused.
 */
export function toDirectoryPerson(raw: unknown): DirectoryPerson | null {
  const parsed = serverAccountSchema.safeParse(raw);
  if (!parsed.success) return null;
  const person = directoryPersonSchema.safeParse(parsed.data);
  return person.success ? person.data : null;
}
