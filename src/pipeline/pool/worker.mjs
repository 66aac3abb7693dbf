// Entry of an extraction worker thread: registers tsx (workers do not inherit the main thread's loader) and starts it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
