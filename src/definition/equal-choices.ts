// Two readings of what a page leaves unsaid can make the very same numbers (ReLU and linear when every net input
// is positive, HMKCode's): the page's numbers cannot tell them apart, so the reply names both.

/** Whether every reading's trace values are the same numbers (to rounding): one network for this sample. */
export function sameNumbers(traces: (number[] | undefined)[]): boolean {
  const [first, ...rest] = traces;
  if (!first) return false;
  return rest.every(
    (values) =>
      values !== undefined &&
      values.length === first.length &&
      values.every((v, k) => Math.abs(v - first[k]!) <= 1e-12 * Math.max(1, Math.abs(v))),
  );
}

/** `relu (layer 1)` for each open layer where another reading differs from the one taken. */
export function otherChoices(
  taken: { activations: string[]; loss: string },
  others: { activations: string[]; loss: string }[],
): string {
  const named = others.flatMap((other) => [
    ...other.activations.flatMap((name, l) =>
      name === taken.activations[l] ? [] : [`${name} (layer ${l + 1})`],
    ),
    ...(other.loss === taken.loss ? [] : [other.loss]),
  ]);
  return [...new Set(named)].join(', ');
}
