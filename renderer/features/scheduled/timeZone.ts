/**
 * Which time zones there are, apart from the calendar arithmetic in zonedTime.ts: the first screen reads the
 * planning zone kept on the device, and only the desk and the picker need the rest.
 */

/** True when `zone` is an IANA time zone name this runtime knows (e.g. `Europe/Madrid`). */
export function isKnownZone(zone: string): boolean {
  try {
    // The constructor refuses a zone it does not know.
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The person's own time zone, as the operating system says. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
