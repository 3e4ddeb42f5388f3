// Run once before the suite (npm's `pretest`), so parallel test files never race to install it.
import { natsServerBinary } from './nats-server.js';

const bin = await natsServerBinary();
process.stdout.write(`nats-server: ${bin}\n`);
