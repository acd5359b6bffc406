import { useInstance } from '../organization/useInstance';

/** The organization's name as its instance gives it, for the Organization timeline; null until known. */
export function useInstanceTitle(accountId: string): string | null {
  return useInstance(accountId)?.title ?? null;
}
