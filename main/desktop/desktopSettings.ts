import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from '../accounts/jsonFile';
import type { Policy } from '../policy/policy';

/** The person's own desktop choices, kept in the app's data folder. Both start off: Atrium asks before it takes over. */
const desktopSettingsSchema = z.object({
  /** Open Atrium when they log in to the computer. */
  openAtLogin: z.boolean().default(false),
  /** Let Atrium open `web+mastodon:` links and links to the organization's server. */
  openLinks: z.boolean().default(false),
});

/** The person's desktop choices. */
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

/** Reads and writes {@link DesktopSettings}; a damaged or missing file reads as the defaults. */
export class DesktopSettingsStore {
  constructor(
    private readonly file: string,
    private readonly log: (error: unknown) => void,
  ) {}

  async read(): Promise<DesktopSettings> {
    try {
      const parsed = desktopSettingsSchema.safeParse((await readJsonFile(this.file)) ?? {});
      if (parsed.success) return parsed.data;
      this.log(new Error(`${this.file} is damaged; the defaults apply`));
    } catch (error) {
      this.log(error);
    }
    return desktopSettingsSchema.parse({});
  }

  /** Changes one or both choices and answers the result. */
  async update(change: Partial<DesktopSettings>): Promise<DesktopSettings> {
    const next = { ...(await this.read()), ...change };
    await writeJsonFileAtomic(this.file, next);
    return next;
  }
}

/** Whether Atrium should be a login item: the person asked for it and the policy allows it. */
export function opensAtLogin(settings: DesktopSettings, policy: Policy): boolean {
  return settings.openAtLogin && policy.allowStartAtLogin;
}
