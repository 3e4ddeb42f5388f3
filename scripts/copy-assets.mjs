// `npm run build` emits JavaScript to dist/; modules find their data relative to themselves, so the
// data folder and the SQL migrations go alongside.
import { cpSync } from 'node:fs';

cpSync('data', 'dist/data', { recursive: true });
cpSync('core/store/migrations', 'dist/core/store/migrations', { recursive: true });
