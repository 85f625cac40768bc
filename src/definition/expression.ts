// The restricted calculator behind every number a user types: mathjs parses, a whitelist walks the tree.
//
// mathjs (>= 15.2) is used only as a parser, in an instance built from the parse factory alone, with
// import/createUnit/evaluate/parse/simplify/derivative/resolve disabled. The parse tree is then checked
// against a whitelist (numbers, + - * / ^, unary minus, parentheses, e, pi, a few functions) and
// evaluated here in plain float64 arithmetic: no mathjs function is ever called on user input.
import { createRequire } from 'node:module';
import type { FactoryFunctionMap, MathNode } from 'mathjs';
import { RUNNING_BUILT } from '../paths.js';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { definitionError, excerptOf, type Params } from './errors.js';
import type * as MathjsParser from './mathjs-parser.js';
import { fromString, lineAndColumn, normalizeCharacters, originOf, type MappedText } from './source.js';

export const EXPRESSION_MAX_LENGTH = 200;

/**
 * The restricted mathjs instance, loaded and built on the first number that is not plain (that costs about
 * 0.25 s of CPU, which a start-up or a reply with plain numbers should not pay). Exposed for the tests that
 * check its dangerous functions are disabled.
 */
export const restrictedMath = lazily(() => {
  const { create, parseDependencies } = loadMathjsParser();
  const math = create({ parseDependencies } as FactoryFunctionMap, { number: 'number' });
  // Its own parse, kept before `parse` itself is disabled on the instance.
  const parse = math.parse;
  const disabled = (name: string) => () => {
    throw new Error(`${name} is disabled`);
  };
  math.import(
    Object.fromEntries(
      [
        'import',
        'createUnit',
        'evaluate',
        'parse',
        'simplify',
        'derivative',
        'resolve',
        'compile',
        'parser',
      ].map((name) => [name, disabled(name)]),
    ),
    { override: true },
  );
  return { instance: math, parse };
});

/** Built: dist/mathjs-parser.cjs beside this chunk (its parser alone); from the sources, mathjs itself. */
function loadMathjsParser(): typeof MathjsParser {
  const requireHere = createRequire(import.meta.url);
  return requireHere(RUNNING_BUILT ? './mathjs-parser.cjs' : 'mathjs') as typeof MathjsParser;
}

function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const FUNCTIONS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  exp: Math.exp,
  ln: Math.log,
  log: Math.log,
  abs: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  tanh: Math.tanh,
};
const CONSTANTS: Record<string, number> = { e: Math.E, E: Math.E, pi: Math.PI, PI: Math.PI };
const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
};
export const ALLOWED_FUNCTION_NAMES = Object.keys(FUNCTIONS);

// Characters that can only mean something we refuse; caught before parsing for a clearer message.
const FORBIDDEN_CHARACTERS: [RegExp, string][] = [
  [/:/, ':'],
  [/!/, '!'],
  [/=/, '='],
  [/["'`]/, 'quotes'],
  [/[[\]]/, '[ ]'],
  [/[{}]/, '{ }'],
  [/%/, '%'],
  [/;/, ';'],
  [/\?/, '?'],
  [/[<>&|]/, '< > & |'],
  [/\bmod\b/, 'mod'],
];

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface ExpressionProblem {
  id: string;
  params: Params;
  /** Index in the expression text where the problem is. */
  at?: number;
}

class Refused {
  constructor(readonly problem: ExpressionProblem) {}
}

function refuse(construct: string): never {
  throw new Refused({ id: 'definition.expression_forbidden', params: { construct } });
}

function evaluateNode(node: MathNode): number {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') refuse(typeof value === 'string' ? 'quotes' : String(value));
      return value;
    }
    case 'ParenthesisNode':
      return evaluateNode((node as unknown as { content: MathNode }).content);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const constant = Object.hasOwn(CONSTANTS, name) ? CONSTANTS[name] : undefined;
      if (constant === undefined) {
        throw new Refused({ id: 'definition.expression_unknown_name', params: { name } });
      }
      return constant;
    }
    case 'OperatorNode': {
      const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
      if (fn === 'unaryMinus' && args.length === 1) return -evaluateNode(args[0]!);
      if (fn === 'unaryPlus' && args.length === 1) return evaluateNode(args[0]!);
      const binary = Object.hasOwn(BINARY, fn) ? BINARY[fn] : undefined;
      if (!binary || args.length !== 2) refuse((node as unknown as { op: string }).op ?? fn);
      return binary(evaluateNode(args[0]!), evaluateNode(args[1]!));
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
      const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : undefined;
      const apply = name !== undefined && Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
      if (!apply) refuse(name !== undefined ? `${name}(…)` : 'a computed function call');
      if (args.length !== 1) {
        throw new Refused({
          id: 'definition.expression_arguments',
          params: { name: name!, got: args.length },
        });
      }
      return apply(evaluateNode(args[0]!));
    }
    case 'RangeNode':
      return refuse(':');
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return refuse('=');
    case 'AccessorNode':
    case 'IndexNode':
      return refuse('.');
    case 'ArrayNode':
      return refuse('[ ]');
    case 'ObjectNode':
      return refuse('{ }');
    default:
      return refuse(node.type);
  }
}

/** `0.1o`, `O.5`: a number typed with the letter o for the digit 0 (the key sits next to it). */
function letterOForZero(text: string): ExpressionProblem | undefined {
  if (!/^[+-]?[\d.oO]+$/.test(text) || !/[oO]/.test(text)) return undefined;
  const meant = text.replace(/[oO]/g, '0');
  if (!PLAIN_NUMBER.test(meant)) return undefined;
  return { id: 'definition.letter_o_for_zero', params: { meant }, at: text.search(/[oO]/) };
}

function evaluateText(raw: string): Result<number, ExpressionProblem> {
  const text = normalizeCharacters(raw).trim();
  if (text === '') return fail({ id: 'definition.missing_number', params: {} });
  if (PLAIN_NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? ok(value) : fail({ id: 'definition.not_finite', params: { text } });
  }
  const letterO = letterOForZero(text);
  if (letterO) return fail(letterO);
  if (text.length > EXPRESSION_MAX_LENGTH) {
    return fail({
      id: 'definition.expression_too_long',
      params: { length: text.length, max: EXPRESSION_MAX_LENGTH },
    });
  }
  // eslint-disable-next-line regexp/no-super-linear-move -- the text is at most EXPRESSION_MAX_LENGTH (checked above)
  for (const call of text.matchAll(/([A-Za-z_$][\w$]*)\s*\(/g)) {
    if (!Object.hasOwn(FUNCTIONS, call[1]!)) {
      return fail({
        id: 'definition.expression_forbidden',
        params: { construct: `${call[1]}(…)` },
        at: call.index,
      });
    }
  }
  for (const [pattern, construct] of FORBIDDEN_CHARACTERS) {
    const match = pattern.exec(text);
    if (match) return fail({ id: 'definition.expression_forbidden', params: { construct }, at: match.index });
  }
  let tree: MathNode;
  try {
    tree = restrictedMath().parse(text.replace(/π/g, 'pi'));
  } catch (error) {
    const at = (error as { char?: number }).char;
    const detail = (error as Error).message.replace(/(?<!\s)\s*\(char \d+\)$/, '');
    return fail({ id: 'definition.bad_number', params: { text, detail }, ...(at ? { at: at - 1 } : {}) });
  }
  let value: number;
  try {
    value = evaluateNode(tree);
  } catch (error) {
    if (error instanceof Refused) return fail(error.problem);
    return fail({ id: 'definition.bad_number', params: { text, detail: 'not a number' } });
  }
  if (!Number.isFinite(value)) return fail({ id: 'definition.not_finite', params: { text } });
  return ok(value);
}

/** Evaluates one user expression at a place in their text; errors point into it. */
export function evaluateAt(piece: MappedText, original: string, field?: string): Result<number> {
  const result = evaluateText(piece.text);
  if (result.ok) return result;
  const { id, params, at } = result.error;
  const error: UserError = definitionError(
    id,
    { text: excerptOf(piece.text), ...params },
    { original, piece, ...(field ? { field } : {}) },
    typeof params.meant === 'string' ? params.meant : exampleFor(id),
  );
  if (at !== undefined && error.location) {
    // Point the column at the offending character while the excerpt quotes the whole expression.
    const leading = piece.text.length - piece.text.trimStart().length;
    const { line, column } = lineAndColumn(
      original,
      originOf(piece, Math.min(piece.text.length, leading + at)),
    );
    error.location = { ...error.location, line, column };
  }
  return fail([error]);
}

function exampleFor(id: string): string | undefined {
  if (id === 'definition.missing_number') return '0.5';
  if (id.startsWith('definition.expression') || id === 'definition.bad_number') return '1/sqrt(2)';
  return undefined;
}

/** A number the user typed: a plain number or a restricted expression (`1/sqrt(2)`, `2^-2`, `e^-1`). */
export function evaluateExpression(text: string): Result<number> {
  return evaluateAt(fromString(text), text);
}
