/** How long after joining an account still counts as new. */
export const NEW_ACCOUNT_DAYS = 14;
/** Following fewer accounts than this is a timeline that still needs filling. */
export const NEW_ACCOUNT_FOLLOWS = 5;

/**
 * True when the signed-in account is new here: it joined in the last {@link NEW_ACCOUNT_DAYS} days,
 * or it follows fewer than {@link NEW_ACCOUNT_FOLLOWS} accounts. An unreadable join date counts as
 * not recent (the follow count still decides).
 */
export function isNewAccount(account: { createdAt: string; followingCount: number }, nowMs: number): boolean {
  const joined = Date.parse(account.createdAt);
  const recent = Number.isFinite(joined) && nowMs - joined < NEW_ACCOUNT_DAYS * 86_400_000;
  return recent || account.followingCount < NEW_ACCOUNT_FOLLOWS;
}
