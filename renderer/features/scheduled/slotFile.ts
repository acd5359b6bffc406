import '../../zodJitless';
import type { AccountSummary } from '../../../shared/domain';
import { slotExportSchema, type SlotBook, type SlotExport, type SlotPlan } from '../../../shared/slots';
import { isKnownZone } from './timeZone';

/** An account's full handle, the same on every colleague's computer: `comms@org.example`. */
export const fullHandleOf = (account: AccountSummary): string => `${account.acct}@${new URL(account.instanceUrl).host}`;

/** The team file for the given accounts' slots. */
export function exportSlots(book: SlotBook, accounts: readonly AccountSummary[]): SlotExport {
  const plans: Record<string, SlotPlan> = {};
  for (const account of accounts) {
    const plan = book[account.id];
    if (plan) plans[fullHandleOf(account)] = plan;
  }
  return { format: 'atrium-posting-slots', version: 1, plans };
}

/** What an imported file holds for this computer's accounts. */
export type SlotImport = { ok: true; plans: Record<string, SlotPlan>; unmatched: string[] } | { ok: false; reason: 'notJson' | 'notSlots' | 'unknownZone' };

/**
 * Reads a team file: plans are matched to signed-in accounts by full handle; handles nobody here
 * is signed in as are named back. Anything that is not such a file is refused whole.
 */
export function importSlots(text: string, accounts: readonly AccountSummary[]): SlotImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const parsed = slotExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'notSlots' };
  if (Object.values(parsed.data.plans).some((plan) => !isKnownZone(plan.zone))) return { ok: false, reason: 'unknownZone' };
  const byHandle = new Map(accounts.map((account) => [fullHandleOf(account).toLowerCase(), account.id]));
  const plans: Record<string, SlotPlan> = {};
  const unmatched: string[] = [];
  for (const [handle, plan] of Object.entries(parsed.data.plans)) {
    const id = byHandle.get(handle.toLowerCase());
    if (id) plans[id] = plan;
    else unmatched.push(handle);
  }
  return { ok: true, plans, unmatched };
}
