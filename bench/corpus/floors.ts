// Per-case floors: what each real-homework case reaches today; reading may only get better (test/real-world).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './cases.js';
import type { CaseScore } from './score.js';

export interface CaseFloor {
  setupUnderstood: boolean;
  recognised: number;
  verdictsAgreeing: number;
  /** Ceilings: these may only go down. */
  correctMarkedWrong: number;
  silentMisreadings: number;
}

export const FLOORS_FILE = join(CORPUS_DIR, 'floors.json');

export function floorOf(s: CaseScore): CaseFloor {
  return {
    setupUnderstood: s.setupUnderstood,
    recognised: s.recognised,
    verdictsAgreeing: s.verdictsAgreeing,
    correctMarkedWrong: s.correctMarkedWrong,
    silentMisreadings: s.wrongQuantity + (s.setupSilentMisreading ? 1 : 0),
  };
}

export function floorsOf(scores: CaseScore[]): Record<string, CaseFloor> {
  return Object.fromEntries(scores.map((s) => [s.name, floorOf(s)]));
}

export function readFloors(): Record<string, CaseFloor> {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Record<string, CaseFloor>;
}

/** What fell below its floor (empty when the case is at least as well read as recorded). */
export function regressions(s: CaseScore, floor: CaseFloor): string[] {
  const now = floorOf(s);
  const problems: string[] = [];
  if (floor.setupUnderstood && !now.setupUnderstood) problems.push('setup no longer understood');
  if (now.recognised < floor.recognised) problems.push(`recognised ${now.recognised} < ${floor.recognised}`);
  if (now.verdictsAgreeing < floor.verdictsAgreeing)
    problems.push(`verdicts agreeing ${now.verdictsAgreeing} < ${floor.verdictsAgreeing}`);
  if (now.correctMarkedWrong > floor.correctMarkedWrong)
    problems.push(`correct marked ✗ ${now.correctMarkedWrong} > ${floor.correctMarkedWrong}`);
  if (now.silentMisreadings > floor.silentMisreadings)
    problems.push(`silent misreadings ${now.silentMisreadings} > ${floor.silentMisreadings}`);
  return problems;
}
