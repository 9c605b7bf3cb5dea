import { describe, expect, it } from 'vitest';
import { planStatusAfterCharting } from './plan-status';

describe('a plan’s status after charting', () => {
  it('is under way from the first charted session until the last quoted one', () => {
    expect(planStatusAfterCharting('quoted', 3, 1)).toBe('active');
    expect(planStatusAfterCharting('active', 3, 2)).toBe('active');
  });
  it('is completed when the last quoted session is charted, or one beyond it', () => {
    expect(planStatusAfterCharting('active', 3, 3)).toBe('completed');
    expect(planStatusAfterCharting('quoted', 1, 1)).toBe('completed');
    expect(planStatusAfterCharting('active', 3, 4)).toBe('completed');
  });
  it('reopens a completed plan whose last session is no longer charted', () => {
    expect(planStatusAfterCharting('completed', 3, 2)).toBe('active');
  });
  it('leaves a cancelled plan, and a plan with nothing charted, as a person set it', () => {
    expect(planStatusAfterCharting('cancelled', 3, 3)).toBe('cancelled');
    expect(planStatusAfterCharting('active', 3, 0)).toBe('active');
    expect(planStatusAfterCharting('quoted', 3, 0)).toBe('quoted');
    expect(planStatusAfterCharting('completed', 3, 0)).toBe('completed');
  });
});
