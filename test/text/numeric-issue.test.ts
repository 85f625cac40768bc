// Numerical problems are explained in the user's language, with the place named in that language too.
import { describe, expect, it } from 'vitest';
import { describeNumericIssue } from '../../src/text/numeric-issue.js';

describe('describeNumericIssue', () => {
  it('names the pass and explains the problem, in English and in Persian', () => {
    const issue = { id: 'non_finite_value' as const, where: 'forward after the step', detail: 'x' };
    expect(describeNumericIssue(issue, 'en')).toContain('forward pass after the step');
    const fa = describeNumericIssue(issue, 'fa');
    expect(fa).toContain('گذر رو به جلو پس از به‌روزرسانی');
    expect(fa).not.toMatch(/forward|overflow/);
  });

  it('says at which step training diverged', () => {
    const issue = { id: 'training_diverged' as const, where: 'training step 7', step: 7, detail: 'x' };
    expect(describeNumericIssue(issue, 'en')).toContain('Training stopped at step 7');
  });
});
