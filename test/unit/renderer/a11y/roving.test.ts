import { describe, expect, it } from 'vitest';
import { rovingStep } from '../../../../renderer/components/roving';

describe('arrow keys along a row', () => {
  it('step right and left, wrapping round, and jump to the ends with Home and End', () => {
    expect(rovingStep(0, 5, 'ArrowRight')).toBe(1);
    expect(rovingStep(4, 5, 'ArrowRight')).toBe(0);
    expect(rovingStep(0, 5, 'ArrowLeft')).toBe(4);
    expect(rovingStep(2, 5, 'Home')).toBe(0);
    expect(rovingStep(2, 5, 'End')).toBe(4);
    expect(rovingStep(2, 5, 'Enter')).toBeUndefined();
    expect(rovingStep(0, 0, 'ArrowRight')).toBeUndefined();
  });
});
