// The restricted calculator: what it computes, and every way of escaping it that it refuses.
import { describe, expect, it } from 'vitest';
import { evaluateExpression, parseDefinition } from '../../src/definition/index.js';
import { restrictedMath } from '../../src/definition/expression.js';

const value = (text: string) => {
  const result = evaluateExpression(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const errorOf = (text: string) => {
  const result = evaluateExpression(text);
  if (result.ok) throw new Error(`${text} was accepted as ${result.value}`);
  return result.error[0]!;
};

describe('evaluateExpression computes', () => {
  it.each([
    ['0.15', 0.15],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['1/sqrt(2)', 1 / Math.sqrt(2)],
    ['2^-2', 0.25],
    ['e^-1', Math.exp(-1)],
    ['-3/4', -0.75],
    ['ln(2)', Math.log(2)],
    ['log(2)', Math.log(2)],
    ['pi/8', Math.PI / 8],
    ['exp(1) - e', 0],
    ['abs(-2) * (1 + 2)', 6],
    ['sin(0) + cos(0) + tanh(0)', 1],
    ['2 × 3 ÷ 4 − 1', 0.5],
    ['۱/۴', 0.25],
    ['−2^2', -4],
    ['2pi', 2 * Math.PI],
  ])('%s = %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

/** Payloads from mathjs's own test/unit-tests/expression/security.test.js, plus the classic abuses. */
const EXPLOITS = [
  'f=[].map.constructor("console.log(\'hacked...\')"); f()',
  'f=sqrt.constructor("console.log(\'hacked...\')"); f()',
  'f=[].map.constructor.call(null, "console.log(\'hacked...\')"); f()',
  '[].constructor()',
  'constructor',
  'toString',
  'f=[].map["constructor"]("console.log(\'hacked...\')"); f()',
  'prop="constructor"; f=[].map[prop]("x"); f()',
  '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps >&2")',
  '{}.constructor.assign(cos.constructor, {binding: cos.bind})',
  'a.co\u006Estructor',
  'import({matrix:cos.constructor},{override:1});x=["console.log(\'hacked...\')"];x()',
  'a=["console.log(\'hacked...\')"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()',
  'p = parser()',
  'evaluate("value", d)("console.log(\'hacked...\')")',
  'f=[].map["\\u0063onstructor"]("x"); f()',
  '{hasOwnProperty: 2}',
  'expression.node.AssignmentNode.prototype.__defineGetter__("_compile", 1)',
  'x=parse("cos");x.name = "x"',
  'cos.syntax="global.eval"',
  'c(x,y)="console.log(\'hacked...\')"',
  'subset(parse("1"), index("value"), "evaluate")',
  'simplify("x+x")',
  'derivative("x^2", "x")',
  'resolve(x, {x: 1})',
  'compile("1")',
];

describe('evaluateExpression refuses', () => {
  it.each(EXPLOITS)('mathjs security payload %s', (payload) => {
    const error = errorOf(payload);
    expect(error.id).toMatch(
      /^definition\.(expression_forbidden|expression_unknown_name|expression_too_long|bad_number)$/,
    );
    expect(error.message.length).toBeGreaterThan(20);
  });

  it.each([
    ['1:1e9', ':'],
    ['100000!', '!'],
    ['import("fs")', 'import(…)'],
    ['createUnit("foo")', 'createUnit(…)'],
    ['evaluate("1+1")', 'evaluate(…)'],
    ['parse("1")', 'parse(…)'],
    ['x = 2', '='],
    ['f(x) = x', 'f(…)'],
    ['[1, 2]', '[ ]'],
    ['"text"', 'quotes'],
    ['50%', '%'],
    ['5 mod 2', 'mod'],
    ['a.b', '.'],
    ['1 == 1', '='],
    ['true ? 1 : 2', ':'],
  ])('%s (names %s)', (text, construct) => {
    const error = errorOf(text);
    expect(error.id).toBe('definition.expression_forbidden');
    expect(error.params?.construct).toBe(construct);
    expect(error.message).toContain(`\`${construct}\` is not allowed`);
  });

  it('says what it allows when it refuses', () => {
    expect(errorOf('100000!').message).toContain('sqrt, exp, ln, log, abs, sin, cos, tanh');
  });

  it('refuses units and unknown names', () => {
    expect(errorOf('5 cm')).toMatchObject({
      id: 'definition.expression_unknown_name',
      params: { name: 'cm' },
    });
    expect(errorOf('x + 1')).toMatchObject({
      id: 'definition.expression_unknown_name',
      params: { name: 'x' },
    });
  });

  it('refuses results that are not finite reals', () => {
    for (const text of ['1/0', 'sqrt(-1)', 'ln(0)', '1e400', '10^400']) {
      expect(errorOf(text).id).toBe('definition.not_finite');
    }
  });

  it('refuses expressions over 200 characters', () => {
    const long = Array.from({ length: 101 }, () => '1').join('+');
    expect(long.length).toBeGreaterThan(200);
    expect(errorOf(long)).toMatchObject({ id: 'definition.expression_too_long', params: { max: 200 } });
    expect(value(Array.from({ length: 100 }, () => '1').join('+'))).toBe(100);
  });

  it('refuses syntax errors with the column of the problem', () => {
    const error = errorOf('1 + * 2');
    expect(error.id).toBe('definition.bad_number');
    expect(error.location?.column).toBe(5);
  });

  it('points at the offending character inside a definition', () => {
    const result = parseDefinition('layers: 1-1\ninput: 1\ntarget: 100000!\nW1: [[1]]\nb1: 0');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({
      id: 'definition.expression_forbidden',
      location: { line: 3, column: 15, excerpt: '100000!' },
    });
  });

  it('has import, createUnit, evaluate, parse, simplify, derivative and resolve disabled on its mathjs instance', () => {
    const math = restrictedMath().instance as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve']) {
      expect(() => math[name]!('1')).toThrow(/disabled/);
    }
  });
});
