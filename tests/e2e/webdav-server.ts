/**
 * A real WebDAV server for the sync tests: Debian's rclone (`rclone serve
 * webdav`, installed by scripts/setup.sh) on 127.0.0.1 only, on a free port,
 * serving a temporary folder with Basic authentication. It can be stopped
 * and started again on the same port and folder (a server going away
 * mid-sync), and its folder read directly (what the server sees).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface WebDavServer {
  /** The folder URL to give Inroads (http://127.0.0.1:<port>/). */
  url: string;
  origin: string;
  user: string;
  password: string;
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every file the server holds: path relative to its folder, and bytes. */
  files(): { path: string; bytes: Buffer }[];
  /** Stops the server and deletes its folder. */
  close(): Promise<void>;
}

function rclonePath(): string {
  const found = spawnSync('sh', ['-c', 'command -v rclone'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('rclone is not installed, so the sync tests cannot run. Install it with:  sudo apt-get install -y rclone');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function walk(dir: string, root = dir): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [{ path: relative(root, path), bytes: readFileSync(path) }];
  });
}

export async function startWebDav(): Promise<WebDavServer> {
  const binary = rclonePath();
  const dir = mkdtempSync(join(tmpdir(), 'inroads-webdav-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const user = 'inroads-test';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  let child: ChildProcess | undefined;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const up = async () => {
    try {
      return (await fetch(`${origin}/`, { method: 'PROPFIND', headers: { Authorization: auth, Depth: '0' } })).status === 207;
    } catch {
      return false;
    }
  };
  const server: WebDavServer = {
    url: `${origin}/`,
    origin,
    user,
    password,
    dir,
    async start() {
      child = spawn(binary, ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', user, '--pass', password, '--config', '/dev/null'], {
        stdio: 'ignore',
      });
      // Never left running: if the test process ends without closing it, the server goes too.
      const running = child;
      process.once('exit', () => running.kill('SIGKILL'));
      const deadline = Date.now() + 20_000;
      while (!(await up())) {
        if (Date.now() > deadline) throw new Error('rclone serve webdav did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
    files: () => walk(dir),
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
