// /check's rows name each quantity in the notation chosen (`notation:`), else in the sheet's own, else in the
// place's default (/settings), as the walkthrough does; --json keeps the canonical names.
import { describe, expect, it } from 'vitest';
import check from '../../commands/check.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutIsolates } from '../../src/text/bidi.js';
import type { PlaceDefaults } from '../../src/settings/place-defaults.js';
import { fakeDeps } from '../dispatch/fakes.js';

const CLASSIC_SHEET = 'net_h1 = 0.3775\nout_h1 = 0.5933\ndE/dw5 = 0.0822\nw5+ = 0.3753';
const COURSE_SHEET = 'a_h1 = 0.3775\nh1 = 0.5933\nΔw5 = 0.0247\nw5 = 0.3753';

async function rows(answers: string, options: Request['options'] = {}, defaults?: PlaceDefaults) {
  const reply = await dispatch(
    {
      command: 'check',
      options: { preset: 'course-q6', answers, ...options },
      user: { id: 'ta' },
      locale: 'en',
      ...(defaults ? { defaults } : {}),
    },
    fakeDeps(),
    { commands: [check] },
  );
  expect(reply.kind).toBe('ok');
  return withoutIsolates(reply.text);
}

describe('/check rows in a notation', () => {
  it('classic by default: the names as the classic walkthrough writes them', async () => {
    const text = await rows(CLASSIC_SHEET);
    expect(text).toMatch(/\n\s+1\s+net_h1\s+0\.3775/);
    expect(text).not.toContain('read as');
  });

  it('notation:course writes what each classic name was read as in the course notes’ names', async () => {
    const text = await rows(CLASSIC_SHEET, { notation: 'course' });
    expect(text).toContain('net_h1 (read as a_h1)');
    expect(text).toContain('out_h1 (read as h1)');
    expect(text).toContain('dE/dw5 (read as ∂E/∂w5)');
  });

  it('a sheet written in the course notation is answered in it without being asked', async () => {
    const text = await rows(COURSE_SHEET);
    expect(text).toMatch(/\n\s+1\s+a_h1\s+0\.3775/);
    expect(text).toMatch(/\n\s+3\s+Δw5\s+0\.0247/);
    expect(text).not.toContain('(read as net_h1)');
  });

  it("the place's default notation applies to a sheet that has none of its own, and notation: wins", async () => {
    const numbered = 'w5+ = 0.3753\ndE/dw5 = 0.0822';
    expect(await rows(numbered, {}, { notation: 'layered' })).toContain('w5+ (read as W⁽²⁾₁₁+)');
    expect(await rows(numbered, { notation: 'textbook' }, { notation: 'layered' })).toContain(
      'dE/dw5 (read as ∂E/∂w35)',
    );
  });

  it('in Persian too, each cell isolated', async () => {
    const text = await rows(CLASSIC_SHEET, { notation: 'layered', lang: 'fa' });
    expect(text).toContain('net_h1 (به معنای z⁽¹⁾₁)');
  });
});
