// npm run corpus: how well the bot reads real homework (test/fixtures/real-world): setups, statements, verdicts.
// Flags: --verbose (every statement), --verify (keys against network.json only), --update-floors (rewrite floors.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus } from './corpus/cases.js';
import { floorsOf, FLOORS_FILE } from './corpus/floors.js';
import { scoreCase, type CaseScore } from './corpus/score.js';
import { verifyCase } from './corpus/verify.js';

const args = new Set(process.argv.slice(2));
const cases = loadCorpus();

if (args.has('--verify')) {
  const problems = cases.flatMap(verifyCase);
  for (const p of problems) console.log(p);
  console.log(`${cases.length} cases, ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}

const scores: CaseScore[] = cases.map(scoreCase);

if (args.has('--markdown')) {
  // The README's corpus table: one row per case, today's figures.
  console.log('| case | source | notation | setup read | recognised | verdicts |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [k, s] of scores.entries()) {
    const source = cases[k]!.source;
    const link = /^https?:/.test(source.url)
      ? `[${source.author.split(' (')[0]}](${source.url.split(' ')[0]})`
      : source.author;
    const setup = s.setupUnderstood ? 'yes' : 'no';
    console.log(
      `| \`${s.name}\` | ${link} | ${source.notation.slice(0, 3).join('; ').replaceAll('|', '\\|')} | ${setup} | ${s.recognised}/${s.statements} | ${s.verdictsAgreeing}/${s.statements} |`,
    );
  }
  process.exit(0);
}
const percent = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)} %`);
const pad = (s: string, n: number) => s.padEnd(n);
const width = Math.max(...scores.map((s) => s.name.length), 4) + 2;

console.log(
  `${pad('case', width)}${pad('setup', 7)}${pad('recognised', 12)}${pad('verdicts', 10)}${pad('✓→✗', 5)}${pad('silent', 7)}setup detail`,
);
for (const s of scores) {
  console.log(
    `${pad(s.name, width)}${pad(s.setupUnderstood ? 'yes' : 'no', 7)}${pad(`${s.recognised}/${s.statements}`, 12)}` +
      `${pad(`${s.verdictsAgreeing}/${s.statements}`, 10)}${pad(String(s.correctMarkedWrong), 5)}` +
      `${pad(String(s.wrongQuantity + (s.setupSilentMisreading ? 1 : 0)), 7)}${s.setupDetail.slice(0, 70)}`,
  );
  if (args.has('--verbose')) {
    for (const r of s.results) {
      const row = r.row;
      const got = row
        ? `${row.verdict} as ${row.quantity ?? '?'} (name "${row.name}")`
        : 'no statement found';
      const mark =
        r.outcome === 'recognised'
          ? r.verdictAgrees
            ? 'ok '
            : 'VRD'
          : r.outcome === 'wrong_quantity'
            ? 'QTY'
            : '?  ';
      console.log(
        `    ${mark} line ${r.entry.line} ${r.entry.quantity}=${r.entry.value} (${r.entry.verdict}) → ${got}`,
      );
    }
  }
}
const sum = (f: (s: CaseScore) => number) => scores.reduce((a, s) => a + f(s), 0);
const statements = sum((s) => s.statements);
const setups = sum((s) => (s.setupUnderstood ? 1 : 0));
const recognised = sum((s) => s.recognised);
const agreeing = sum((s) => s.verdictsAgreeing);
const silent = sum((s) => s.wrongQuantity + (s.setupSilentMisreading ? 1 : 0));
const alone = sum((s) => (s.setupAloneUnderstood ? 1 : 0));
const aloneSilent = sum((s) => (s.setupAloneSilent ? 1 : 0));
console.log('');
console.log(`cases ${scores.length}, statements ${statements}`);
console.log(
  `setups understood as pasted   ${setups}/${scores.length} (${percent(setups, scores.length)}; target ≥ 95 %)`,
);
console.log(
  `  pasted alone (no worked solution to settle a reading)  ${alone}/${scores.length}, silent ${aloneSilent}`,
);
console.log(
  `statements recognised         ${recognised}/${statements} (${percent(recognised, statements)}; target ≥ 90 %)`,
);
console.log(
  `verdicts agreeing with key    ${agreeing}/${statements} (${percent(agreeing, statements)}; target ≥ 95 %)`,
);
console.log(`correct numbers marked ✗      ${sum((s) => s.correctMarkedWrong)} (target 0)`);
console.log(
  `silent misreadings            ${silent} (setups read as another network: ${sum((s) => (s.setupSilentMisreading ? 1 : 0))}, statements read as another quantity: ${sum((s) => s.wrongQuantity)}; target 0)`,
);

if (args.has('--update-floors')) {
  writeFileSync(FLOORS_FILE, `${JSON.stringify(floorsOf(scores), null, 2)}\n`);
  console.log(`floors written to ${join(CORPUS_DIR, 'floors.json')}`);
}
