// Bidirectional-text helpers with no dependencies, so every messages file can import them without a cycle.

/** Left-to-right isolate: keeps numbers and formulas in order inside Persian text. */
export const ltr = (s: string | number): string => `\u2066${s}\u2069`;
