// Worker threads do not inherit the test runner's TypeScript loader: register tsx, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./fuzz-worker.ts');
