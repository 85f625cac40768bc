// Which layer sizes fit numbered weights w1..wN: homework rarely states the shape, the counts imply it.
import { LIMITS } from '../core/types.js';

export interface ShapeClues {
  weightCount: number;
  inputs: number;
  outputs: number;
  /** Number of non-input layers when the biases tell it (b1..bL), else undefined (1 to 3 are tried). */
  depth?: number;
  /** Known sizes of non-input layers (1-based layer → units), from per-unit biases b1_1, b1_2, … */
  knownSizes?: Map<number, number>;
}

const MAX_CANDIDATES = 12;

/** Every layer list [inputs, h…, outputs] whose weight count is exactly `weightCount`. */
export function candidateShapes(clues: ShapeClues): number[][] {
  const { weightCount, inputs, outputs } = clues;
  const depths = clues.depth !== undefined ? [clues.depth] : [1, 2, 3];
  const found: number[][] = [];
  const fits = (layer: number, units: number) => {
    const known = clues.knownSizes?.get(layer);
    return known === undefined || known === units;
  };
  const extend = (layers: number[], hiddenLeft: number, used: number) => {
    if (found.length >= MAX_CANDIDATES) return;
    const previous = layers.at(-1)!;
    if (hiddenLeft === 0) {
      if (used + previous * outputs === weightCount && fits(layers.length, outputs))
        found.push([...layers, outputs]);
      return;
    }
    for (let units = 1; units <= LIMITS.maxUnitsPerLayer; units++) {
      // Every later layer has at least one unit, so at least this many more weights follow.
      const minimumRest = used + previous * units + units * (hiddenLeft > 1 ? 1 : outputs) + (hiddenLeft - 1);
      if (minimumRest > weightCount) break;
      if (fits(layers.length, units)) extend([...layers, units], hiddenLeft - 1, used + previous * units);
    }
  };
  for (const depth of depths) {
    if (depth < 1 || depth > LIMITS.maxLayers - 1) continue;
    extend([inputs], depth - 1, 0);
  }
  return found;
}
