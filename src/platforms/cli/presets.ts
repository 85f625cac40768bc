// Placeholder until its issue lands: says so instead of failing.
import type { Subcommand } from './main.js';

const notYet: Subcommand = async () => {
  process.stderr.write('backprop-tutor presets: not available yet\n');
  return 1;
};
export default notYet;
