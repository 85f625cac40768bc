// A training-data table's "Output" column beside its inputs is the desired output (the target).
import { describe, expect, it } from 'vitest';
import { normaliseInput } from '../../src/definition/normalise.js';
import { tableColumnRoles } from '../../src/definition/table-roles.js';

describe('tableColumnRoles', () => {
  // Gad's slides (gad-slides-bold-digits in the corpus), "Training Data":
  // https://pdfslide.tips/amp/education/backpropagation-understanding-how-to-update-anns-weights-step-by-step.html
  it('reads the Output column of a table of inputs as the target', () => {
    expect(tableColumnRoles(['X1', 'X2', 'Output'])).toEqual([undefined, undefined, 'target']);
    const { body } = normaliseInput('𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭\n\n𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑');
    expect(body.text.split('\n').filter(Boolean)).toEqual(['X1 = 0.1', 'X2 = 0.3', 'target = 0.03']);
  });

  it('leaves an Output column alone without inputs beside it, beside a named target, or twice', () => {
    // Without inputs it may be the network's own output (`h1 h2 Output` of a worked forward pass).
    expect(tableColumnRoles(['h1', 'h2', 'Output'])).toEqual([undefined, undefined, undefined]);
    expect(tableColumnRoles(['x1', 'x2', 'y', 'Output'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(tableColumnRoles(['x1', 'Output', 'Out'])).toEqual([undefined, undefined, undefined]);
    expect(normaliseInput('h1 h2 Output\n0.59 0.6 0.75').body.text).toContain('Output = 0.75');
  });
});
