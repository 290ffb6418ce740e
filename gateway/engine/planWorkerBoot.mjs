// Entry of the planner worker thread: the platform's modules are TypeScript run by tsx, whose
// loader is per thread, so the worker registers it before loading the planner.
import { register } from 'tsx/esm/api';

register();
await import('./planWorker.ts');
