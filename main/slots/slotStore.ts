import { slotBookSchema, type SlotBook, type SlotPlan } from '../../shared/slots';
import { readJsonFile, writeJsonFileAtomic } from '../accounts/jsonFile';

/**
 * Each account's posting slots, kept on this device in one JSON file written atomically.
 * A damaged file reads as no slots (the person sets them again or imports the team's file),
 * never as an error that blocks the desk. Writes run one after another, so two quick edits
 * cannot overwrite each other with stale copies.
 */
export class SlotStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  /** Every account's plan. */
  async read(): Promise<SlotBook> {
    try {
      const parsed = slotBookSchema.safeParse(await readJsonFile(this.file));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  /** Sets one account's plan (null forgets it) and answers the whole book as it now is. */
  write(accountId: string, plan: SlotPlan | null): Promise<SlotBook> {
    const next = this.queue.then(async () => {
      const book = await this.read();
      if (plan) book[accountId] = plan;
      else delete book[accountId];
      await writeJsonFileAtomic(this.file, book);
      return book;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
