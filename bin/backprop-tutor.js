#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx backprop-tutor …` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/platforms/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
