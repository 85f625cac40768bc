// `backprop-tutor check` says how it read the setup, as /check does (issue #11: never guess silently): a page's
// "MSE" taken as ½Σ by convention is said with the option for the other, `--mse mean` re-checks as the mean, and
// `--mse` on a page with no open "MSE" is refused in the user's language.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

// https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
// "- Loss: Mean Squared Error (MSE)" on line 14; `Loss = 0.3023` is (1 − 0.4502)², the mean over one output.
const page = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/real-world/${name}/setup.txt`, import.meta.url));
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('backprop-tutor check: how the setup was read', () => {
  it('says "MSE" was read as ½Σ and that the loss fits (1/n)Σ, with --mse mean for it', async () => {
    const { code, stdout } = await cli(
      ['check', '--net', page('sghosh-single-neuron'), '--answers', '-'],
      'Loss = 0.3023\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      '"MSE" (line 14) read as E = ½Σ(t−o)² by convention, but your Loss = 0.3023 (line 1)',
    );
    expect(stdout).toContain('`mse:mean`');
    const mean = await cli(
      ['check', '--net', page('sghosh-single-neuron'), '--answers', '-', '--mse', 'mean', '--lang', 'fa'],
      'Loss = 0.3023\n',
    );
    expect(mean.code).toBe(0);
    expect(plain(mean.stdout)).toContain(
      '«MSE» (سطر ۱۴) به صورت E = (1/n)Σ(t−o)² خوانده شد، همان‌طور که خواسته شد',
    );
  });

  it('refuses --mse on a page with no open "MSE", and an --mse or --numbering it does not know', async () => {
    const refused = await cli(
      ['check', '--net', page('course-q6'), '--answers', '-', '--mse', 'mean'],
      'h1 = 0.5933\n',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('leaves no such "MSE" open');
    const unknown = await cli(
      ['check', '--net', 'course-q6', '--answers', '-', '--mse', 'average'],
      'h1 = 0.5\n',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--mse must be half-sum or mean, got 'average'");
    const order = await cli(
      ['check', '--net', 'course-q6', '--answers', '-', '--numbering', 'rows'],
      'h1 = 0.5\n',
    );
    expect(order.code).toBe(2);
    expect(order.stderr).toContain("--numbering must be destination-first or source-first, got 'rows'");
  });

  it('reads a page the other way with --numbering source-first, and says the order it took otherwise', async () => {
    // kaifeng-chinese-2-2-1 (corpus): W_1 = [[0.5, 0.6], [0.7, 0.8]], X = [1, 2]; L = 0.03437 read W x, 0.03531 x @ W.
    const usual = await cli(
      ['check', '--net', page('kaifeng-chinese-2-2-1'), '--answers', '-'],
      'L = 0.09\n',
    );
    expect(usual.stdout).toContain('numbering:source-first');
    expect(usual.stdout).toContain('0.03437');
    const other = await cli(
      ['check', '--net', page('kaifeng-chinese-2-2-1'), '--answers', '-', '--numbering', 'source-first'],
      'L = 0.09\n',
    );
    expect(other.stdout).toContain('0.03531');
  });
});
