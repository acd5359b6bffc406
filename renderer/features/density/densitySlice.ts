import type { StateCreator } from 'zustand';
import type { AtriumState } from '../../store/store';
import { applyDensity, saveDensity, storedDensity, type Density } from './densityRules';

/** The density setting: how much room posts and list rows take, kept on this device. */
export interface DensitySlice {
  density: Density;
  /** Chooses a density: the document is marked at once and the choice is kept for the next start. */
  setDensity(density: Density): void;
}

/** Starts from the stored choice and marks the document with it before the first paint of a post. */
export const createDensitySlice: StateCreator<AtriumState, [], [], DensitySlice> = (set) => {
  const density = storedDensity();
  applyDensity(density);
  return {
    density,
    setDensity: (next) => {
      saveDensity(next);
      applyDensity(next);
      set({ density: next });
    },
  };
};
