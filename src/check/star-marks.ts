// A name starred as new (HMKCode's `*w5 = … = 0.195` under "Where * = new values"): the value after the update.

// The sheet's own legend: "Where * = new values", "* = updated".
const LEGEND = /(?:^|\s)\*\s*=\s*(?:the\s)?(?:new|updated)\b/im;

export function hasStarLegend(text: string): boolean {
  return LEGEND.test(text);
}

/**
 * A leading `*` glued to a name: "new" where the sheet's legend says so; else an unpaired emphasis mark, dropped
 * (the name's place on the sheet then says before or after the update). A `*` between names is a product.
 */
export function withoutLeadingStar(name: string, legend: boolean): string {
  const match = /^(\s*)\*(?=[^\s*\d])/.exec(name);
  if (!match) return name;
  return `${match[1]}${legend ? 'new ' : ''}${name.slice(match[0].length)}`;
}
