// Worker threads do not inherit the tsx loader the process was started with (`node --import tsx`,
// vitest), so the thread registers it before loading the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./exportThread.ts');
