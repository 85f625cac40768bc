// Where everything of a labelled diagram goes: columns of units, bias pills, edges and their labels,
// placed greedily so that no two texts overlap and each edge label sits on its own edge.
import {
  boxesIntersect,
  circleIntersectsBox,
  grow,
  segmentIntersectsBox,
  type Box,
  type Circle,
  type Segment,
} from '../geometry.js';
import { STYLE } from '../style.js';
import type { Measure } from '../text.js';
import type { DiagramModel } from './model.js';

export interface TextBox {
  box: Box;
  lines: string[];
}

export interface NodeLayout extends Circle {
  layer: number;
  unit: number;
  name: string;
  value?: string;
  caption?: TextBox;
}

export interface PillLayout extends TextBox {
  /** Bias of layer l+1; unit undefined for a shared bias. */
  l: number;
  unit?: number;
  colourValue: number;
}

export interface EdgeLayout {
  kind: 'weight' | 'bias';
  name: string;
  segment: Segment;
  colourValue: number;
  label?: TextBox;
}

export interface DiagramLayout {
  width: number;
  height: number;
  /** Top of the legend block (colour bar, key and footer). */
  legendTop: number;
  nodes: NodeLayout[];
  pills: PillLayout[];
  edges: EdgeLayout[];
}

/** When a net is denser than this, per-edge labels give way to heatmaps. */
export const LABELLED_LIMITS = { maxUnitsPerLayer: 8, maxEdgesPerGap: 40, maxWidth: 1600, maxHeight: 1400 };

const HEADER_HEIGHT = STYLE.margin + STYLE.titleLine + STYLE.subtitleLine + 18;
export const LEGEND_HEIGHT = 3 * STYLE.lineHeight + 34;

function textBox(lines: string[], font: string, measure: Measure): { width: number; height: number } {
  const width = Math.max(0, ...lines.map((line) => measure(line, font)));
  return {
    width: Math.ceil(width + 2 * STYLE.padX),
    height: lines.length * STYLE.lineHeight + 2 * STYLE.padY,
  };
}

/** Points along an edge to try for its label, the middle first. */
const LABEL_POSITIONS = Array.from({ length: 41 }, (_, k) => 0.1 + k * 0.02).sort(
  (a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5),
);

/** Lays out a labelled diagram; undefined when the net is too dense for one (use the heatmap view). */
export function layoutDiagram(
  model: DiagramModel,
  measure: Measure,
  limits = LABELLED_LIMITS,
): DiagramLayout | undefined {
  const { layers } = model;
  if (Math.max(...layers) > limits.maxUnitsPerLayer) return undefined;
  for (let l = 0; l + 1 < layers.length; l++)
    if (layers[l]! * layers[l + 1]! > limits.maxEdgesPerGap) return undefined;

  const innerWidths = model.units
    .flat()
    .flatMap((u) => [
      measure(u.name, STYLE.nameFont),
      u.value === undefined ? 0 : measure(u.value, STYLE.valueFont),
    ]);
  const r = Math.max(STYLE.minRadius, Math.ceil(Math.max(...innerWidths) / 2 + 8));
  const captionLines = Math.max(0, ...model.units.flat().map((u) => u.caption.length));
  const captionHeight = captionLines === 0 ? 0 : captionLines * STYLE.lineHeight + 2 * STYLE.padY + 4;

  const pillSizes = model.biases.map((b) => textBox(b.lines, STYLE.labelFont, measure));
  const unitPills = model.biases
    .map((b, k) => ({ b, size: pillSizes[k]! }))
    .filter(({ b }) => b.unit !== undefined);
  const unitPillHeight = Math.max(0, ...unitPills.map((p) => p.size.height));
  const abovePill = unitPillHeight === 0 ? 0 : unitPillHeight + 14;
  const labelHeight =
    Math.max(0, ...model.edges.map((e) => e.lines.length)) * STYLE.lineHeight + 2 * STYLE.padY;
  // room to stack crossing edges' labels vertically: height is cheaper than width in a chat preview
  // (less of it in tall columns, which would otherwise outgrow the image)
  const stacking = Math.max(...layers) <= 4 ? 3 : 2;
  const slot = Math.max(abovePill + 2 * r + captionHeight + 26, 2 * r + stacking * labelHeight + 20);

  // Half widths of each column: circles, captions and the pills drawn in it.
  const halfWidths = layers.map((size, layer) => {
    let half = r;
    for (const u of model.units[layer]!)
      half = Math.max(half, textBox(u.caption, STYLE.captionFont, measure).width / 2);
    model.biases.forEach((b, k) => {
      const inColumn = b.unit === undefined ? b.l === layer : b.l + 1 === layer;
      if (inColumn) half = Math.max(half, pillSizes[k]!.width / 2);
    });
    return half + 6;
  });
  const sharedPillHeight = layers.map((_, layer) =>
    Math.max(
      0,
      ...model.biases.map((b, k) => (b.unit === undefined && b.l === layer ? pillSizes[k]!.height + 20 : 0)),
    ),
  );
  const maxUnits = Math.max(...layers);
  const bodyHeight = Math.max(
    ...layers.map((size, layer) => ((maxUnits + size) / 2) * slot + sharedPillHeight[layer]!),
  );
  const height = Math.ceil(HEADER_HEIGHT + bodyHeight + LEGEND_HEIGHT + STYLE.margin);
  if (height > limits.maxHeight) return undefined;

  const labelSizes = model.edges.map((e) => textBox(e.lines, STYLE.labelFont, measure));
  const widestLabel = Math.max(0, ...labelSizes.map((s) => s.width));
  // Each gap between columns widens on its own until its labels fit (or the figure gets too wide).
  // a first guess that grows with the labels to fit in a gap, so crowded gaps need fewer retries
  const spaces = layers.slice(1).map((n, l) => {
    const crowding = 1 + 0.15 * Math.log2(Math.max(1, (n * layers[l]!) / 4));
    return Math.ceil((widestLabel * 1.3 + 40) * crowding);
  });
  for (;;) {
    const xs: number[] = [STYLE.margin + halfWidths[0]!];
    for (let layer = 1; layer < layers.length; layer++) {
      xs.push(xs[layer - 1]! + halfWidths[layer - 1]! + spaces[layer - 1]! + halfWidths[layer]!);
    }
    const width = Math.ceil(xs[xs.length - 1]! + halfWidths[layers.length - 1]! + STYLE.margin);
    if (width > limits.maxWidth) return undefined;
    const placed = place(model, measure, {
      xs,
      r,
      slot,
      abovePill,
      captionHeight,
      maxUnits,
      labelSizes,
      pillSizes,
    });
    if (Array.isArray(placed)) {
      // widen each crowded gap by 15 % at least: few attempts, each a full placement
      for (const gap of placed) spaces[gap] = spaces[gap]! + Math.max(30, Math.round(spaces[gap]! * 0.15));
      continue;
    }
    const bottom = Math.max(
      ...placed.nodes.map((n) => (n.caption ? n.caption.box.y + n.caption.box.height : n.y + n.r)),
      ...placed.pills.map((p) => p.box.y + p.box.height),
    );
    const legendTop = Math.ceil(bottom + 26);
    return { width, height: legendTop + LEGEND_HEIGHT + STYLE.margin, legendTop, ...placed };
  }
}

interface Geometry {
  xs: number[];
  r: number;
  slot: number;
  abovePill: number;
  captionHeight: number;
  maxUnits: number;
  labelSizes: { width: number; height: number }[];
  pillSizes: { width: number; height: number }[];
}

function place(
  model: DiagramModel,
  measure: Measure,
  g: Geometry,
): Pick<DiagramLayout, 'nodes' | 'pills' | 'edges'> | number[] {
  const { layers } = model;
  const { xs, r, slot } = g;
  const nodes: NodeLayout[] = [];
  const byLayer: NodeLayout[][] = [];
  layers.forEach((size, layer) => {
    const top = HEADER_HEIGHT + ((g.maxUnits - size) / 2) * slot;
    byLayer.push(
      model.units[layer]!.map((u, unit) => {
        const y = top + unit * slot + g.abovePill + r;
        const x = xs[layer]!;
        const node: NodeLayout = { layer, unit, x, y, r, name: u.name, value: u.value };
        if (u.caption.length > 0) {
          const size = textBox(u.caption, STYLE.captionFont, measure);
          node.caption = { lines: u.caption, box: { x: x - size.width / 2, y: y + r + 4, ...size } };
        }
        nodes.push(node);
        return node;
      }),
    );
  });

  const pills: PillLayout[] = [];
  const edges: EdgeLayout[] = [];
  model.biases.forEach((b, k) => {
    const size = g.pillSizes[k]!;
    const targets = byLayer[b.l + 1]!;
    if (b.unit === undefined) {
      const column = byLayer[b.l]!;
      const lowest = column[column.length - 1]!;
      const below = lowest.caption ? lowest.caption.box.y + lowest.caption.box.height : lowest.y + r;
      const box = { x: xs[b.l]! - size.width / 2, y: below + 20, ...size };
      pills.push({ box, lines: b.lines, l: b.l, colourValue: b.colourValue });
      for (const target of targets) {
        edges.push({
          kind: 'bias',
          name: b.name,
          segment: clipToCircle(box.x + box.width, box.y + box.height / 2, target),
          colourValue: b.colourValue,
        });
      }
    } else {
      const target = targets[b.unit]!;
      const box = { x: target.x - size.width / 2, y: target.y - r - 14 - size.height, ...size };
      pills.push({ box, lines: b.lines, l: b.l, unit: b.unit, colourValue: b.colourValue });
      edges.push({
        kind: 'bias',
        name: b.name,
        segment: { x1: target.x, y1: box.y + box.height, x2: target.x, y2: target.y - r },
        colourValue: b.colourValue,
      });
    }
  });

  const weightEdges = model.edges.map((e, k) => {
    const from = byLayer[e.l]![e.i]!;
    const to = byLayer[e.l + 1]![e.j]!;
    const segment = clipToCircle(from.x, from.y, to, from.r);
    const edge: EdgeLayout = { kind: 'weight', name: e.name, segment, colourValue: e.colourValue };
    return { edge, size: g.labelSizes[k]!, lines: e.lines, gap: e.l };
  });
  edges.push(...weightEdges.map((w) => w.edge));

  const circles = nodes.map((n) => ({ x: n.x, y: n.y, r: n.r + 9 }));
  const fixed: Box[] = [
    ...nodes.flatMap((n) => (n.caption ? [grow(n.caption.box, 3)] : [])),
    ...pills.map((p) => grow(p.box, 4)),
  ];
  type Item = (typeof weightEdges)[number];
  /** Each placed label's box, grown by the clearance other labels keep from it. */
  const placed = new Map<Item, Box>();
  const boxAt = (item: Item, t: number): Box => {
    const s = item.edge.segment;
    const cx = s.x1 + t * (s.x2 - s.x1);
    const cy = s.y1 + t * (s.y2 - s.y1);
    return { x: cx - item.size.width / 2, y: cy - item.size.height / 2, ...item.size };
  };
  const blockedByLayout = (box: Box): boolean =>
    box.y < HEADER_HEIGHT - 8 ||
    circles.some((c) => circleIntersectsBox(c, box)) ||
    fixed.some((other) => boxesIntersect(other, box));
  const labelsBlocking = (box: Box): Item[] => {
    const found: Item[] = [];
    for (const [item, other] of placed) if (boxesIntersect(other, box)) found.push(item);
    return found;
  };
  const anyLabelBlocks = (box: Box): boolean => {
    for (const other of placed.values()) if (boxesIntersect(other, box)) return true;
    return false;
  };
  // Only edges that can pass under a label of this gap: its own, and the bias edges.
  const nearbyEdges = (item: Item): Segment[] =>
    edges
      .filter((e) => e !== item.edge && (e.kind === 'bias' || weightGap.get(e) === item.gap))
      .map((e) => e.segment);
  const weightGap = new Map(weightEdges.map((w) => [w.edge, w.gap]));
  const nearby = new Map(weightEdges.map((w) => [w, nearbyEdges(w)]));

  /** The cheapest free spot on the item's edge: few edges under the label, near the middle, some room around. */
  const bestSpot = (item: Item): Box | undefined => {
    let best: { box: Box; cost: number } | undefined;
    for (const t of LABEL_POSITIONS) {
      // positions come middle-first, so once the distance alone costs more than the best, stop
      if (best && 2 * Math.abs(t - 0.5) >= best.cost) break;
      const box = boxAt(item, t);
      if (blockedByLayout(box) || anyLabelBlocks(box)) continue;
      const inner = grow(box, -2);
      let crossings = 0;
      for (const segment of nearby.get(item)!) if (segmentIntersectsBox(segment, inner)) crossings++;
      const roomy = grow(box, 10);
      const cramped =
        anyLabelBlocks(roomy) ||
        fixed.some((other) => boxesIntersect(other, roomy)) ||
        circles.some((c) => circleIntersectsBox(c, roomy));
      const cost = crossings + 2 * Math.abs(t - 0.5) + (cramped ? 0.6 : 0);
      if (!best || cost < best.cost) best = { box, cost };
    }
    return best?.box;
  };

  /** When an item finds no free spot: take the spot of one label in its way and move that label elsewhere. */
  const displaceOne = (item: Item): boolean => {
    for (const t of LABEL_POSITIONS) {
      const box = boxAt(item, t);
      if (blockedByLayout(box)) continue;
      const blockers = labelsBlocking(box);
      if (blockers.length !== 1) continue;
      const other = blockers[0]!;
      const otherBox = placed.get(other)!;
      placed.delete(other);
      placed.set(item, grow(box, 5));
      const moved = bestSpot(other);
      if (moved) {
        placed.set(other, grow(moved, 5));
        return true;
      }
      placed.delete(item);
      placed.set(other, otherBox);
    }
    return false;
  };

  const order = [...weightEdges].sort((a, b) => slope(b.edge.segment) - slope(a.edge.segment));
  // Place every label; a gap where one does not fit is reported (all of them at once: fewer retries).
  const crowded = new Set<number>();
  for (const item of order) {
    if (crowded.has(item.gap)) continue;
    const spot = bestSpot(item);
    if (spot) placed.set(item, grow(spot, 5));
    else if (!displaceOne(item)) crowded.add(item.gap);
  }
  if (crowded.size > 0) return [...crowded];
  for (const [item, box] of placed) item.edge.label = { box: grow(box, -5), lines: item.lines };
  return { nodes, pills, edges };
}

function slope(s: Segment): number {
  return Math.abs((s.y2 - s.y1) / (s.x2 - s.x1 || 1));
}

/** The segment from (x, y) to the border of `target`, starting `startRadius` away from (x, y). */
function clipToCircle(x: number, y: number, target: Circle, startRadius = 0): Segment {
  const dx = target.x - x;
  const dy = target.y - y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  return {
    x1: x + ux * startRadius,
    y1: y + uy * startRadius,
    x2: target.x - ux * target.r,
    y2: target.y - uy * target.r,
  };
}

/** Every text box of the layout (edge labels, captions, bias pills), for overlap checks. */
export function textBoxes(layout: DiagramLayout): TextBox[] {
  return [
    ...layout.edges.flatMap((e) => (e.label ? [e.label] : [])),
    ...layout.nodes.flatMap((n) => (n.caption ? [n.caption] : [])),
    ...layout.pills,
  ];
}
