// Runs the TypeScript CLI directly (tsx), so `bin/civicpulse` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
