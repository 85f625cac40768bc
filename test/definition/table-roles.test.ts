// A training-data table's "Output" column beside its inputs is the desired output (the target).
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
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

  it('says in the reply that the Output column was read as the target, and where', () => {
    const page =
      'Neural Network Training Example\n\n𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭\n\n𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑\n\n𝐖𝟏 𝐖𝟐 𝐛\n\n𝟎. 𝟓 𝟎. 𝟐 1. 𝟖𝟑';
    const parsed = parseDefinition(page);
    expect(parsed.ok && parsed.value.spec.target).toEqual([0.03]);
    expect(parsed.ok && parsed.value.notes).toContain(
      'The “Output” column on line 3, beside the inputs, was read as the target (the desired output).',
    );
    // A target the page names itself needs no such word.
    const named = parseDefinition(page.replace('𝐎𝐮𝐭𝐩𝐮𝐭', 'target'));
    expect(named.ok && named.value.noteMessages.map((n) => n.id)).not.toContain(
      'definition.note.output_column_target',
    );
  });
});
