// The part of mathjs the expression reader uses (its parse factory). The build ships it as its own file,
// dist/mathjs-parser.cjs, loaded on the first number that is not plain; nothing else imports it.
export { create, parseDependencies } from 'mathjs';
