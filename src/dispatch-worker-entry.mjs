// Worker threads start here: tsx's loader does not carry into workers, so register it, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./dispatch-worker.ts');
