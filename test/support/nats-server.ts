import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Loaded only under vitest: importing it elsewhere throws, and benchmarks use this launcher too.
const vitest = process.env['VITEST'] ? await import('vitest') : undefined;

export interface NatsServerHandle {
  readonly url: string;
  readonly port: number;
  /** Stops the server and removes its store. */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port with the same store (to test reconnects). */
  restart(): Promise<void>;
}

const EXTRA_DIRS = ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'];
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function findBinary(): Promise<string | undefined> {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, 'nats-server');
    if (await executable(candidate)) return candidate;
  }
  return undefined;
}

async function install(): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run('apt-get', ['install', '-y', 'nats-server'], { env });
  } catch {
    await run('apt-get', ['update'], { env });
    await run('apt-get', ['install', '-y', 'nats-server'], { env });
  }
}

/** The nats-server binary, installed with apt-get when missing and running as root. */
export async function natsServerBinary(): Promise<string> {
  const found = await findBinary();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'nats-server not found on PATH or in /usr/sbin, /usr/bin. Install it: `sudo apt-get install -y nats-server` ' +
        '(Debian/Ubuntu), `brew install nats-server`, or download a release from https://github.com/nats-io/nats-server/releases',
    );
  }
  await install();
  const installed = await findBinary();
  if (!installed) throw new Error('apt-get installed nats-server but the binary is still not found');
  return installed;
}

const LISTEN_RE = /Listening for client connections on [^\s]*:(\d+)/;

/** Starts the process; resolves with the client port it reports once listening. */
function spawnServer(bin: string, port: number, storeDir: string): Promise<{ child: ChildProcess; port: number }> {
  const args = ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`nats-server did not start in ${READY_TIMEOUT_MS} ms:\n${log}`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      const m = LISTEN_RE.exec(log);
      if (m?.[1]) finish(Number(m[1]));
    };
    const onExit = (code: number | null): void => fail(new Error(`nats-server exited (code ${code}) before listening:\n${log}`));
    function cleanup(): void {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining the pipes so the server never blocks on a full one.
      child.stderr?.resume();
      child.stdout?.resume();
    }
    function finish(p: number): void {
      cleanup();
      resolve({ child, port: p });
    }
    function fail(err: Error): void {
      cleanup();
      child.kill('SIGKILL');
      reject(err);
    }
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
    child.on('error', (err) => fail(err));
  });
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = tcpConnect({ host: '127.0.0.1', port }, () => {
      sock.destroy();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });
}

async function waitUntilReady(port: number): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < until) {
    if (await acceptsConnections(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nats-server on port ${port} did not accept connections in ${READY_TIMEOUT_MS} ms`);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** A JetStream-enabled nats-server on a free loopback port with a fresh store directory. */
export async function startNatsServer(): Promise<NatsServerHandle> {
  const bin = await natsServerBinary();
  const storeDir = await mkdtemp(join(tmpdir(), 'civicpulse-nats-'));
  let child: ChildProcess;
  let port: number;
  try {
    // -p -1: the server picks a free port itself, so no other process can grab it in between.
    ({ child, port } = await spawnServer(bin, -1, storeDir));
    await waitUntilReady(port);
  } catch (err) {
    await rm(storeDir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    async stop() {
      await terminate(child);
      await rm(storeDir, { recursive: true, force: true });
    },
    async restart() {
      await terminate(child);
      ({ child } = await spawnServer(bin, port, storeDir));
      await waitUntilReady(port);
    },
  };
}

/** For a vitest file: one server for the file, started in beforeAll and stopped in afterAll. */
export function useNatsServer(): { readonly url: string; readonly server: NatsServerHandle } {
  if (!vitest) throw new Error('useNatsServer() is for vitest files; call startNatsServer() elsewhere');
  let server: NatsServerHandle | undefined;
  vitest.beforeAll(async () => {
    server = await startNatsServer();
  });
  vitest.afterAll(async () => {
    await server?.stop();
  });
  const started = (): NatsServerHandle => {
    if (!server) throw new Error('useNatsServer(): the server starts in beforeAll; read it inside tests');
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    get server() {
      return started();
    },
  };
}
