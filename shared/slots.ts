import { z } from 'zod';

/** One recurring posting time: on these weekdays (0 Sunday … 6 Saturday) at hour:minute on the plan's wall clock. */
export const postingSlotSchema = z.object({
  weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
});
export type PostingSlot = z.infer<typeof postingSlotSchema>;

/** An account's weekly posting pattern and the time zone its times are read in (e.g. head office's). */
export const slotPlanSchema = z.object({
  zone: z.string().min(1).max(64),
  slots: z.array(postingSlotSchema).max(60),
});
export type SlotPlan = z.infer<typeof slotPlanSchema>;

/** Every account's plan on this device, by Atrium account id. */
export const slotBookSchema = z.record(z.string().min(1).max(300), slotPlanSchema);
export type SlotBook = z.infer<typeof slotBookSchema>;

/**
 * The file a team shares: plans by full handle (`comms@example.org`), so that a colleague's
 * Atrium can match them to its own signed-in accounts.
 */
export const slotExportSchema = z.object({
  format: z.literal('atrium-posting-slots'),
  version: z.literal(1),
  plans: z.record(z.string().min(3).max(300), slotPlanSchema),
});
export type SlotExport = z.infer<typeof slotExportSchema>;
