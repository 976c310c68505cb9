import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findFirefox } from './firefox-profile';

export interface FirefoxProcess {
  /** The WebDriver BiDi endpoint, e.g. ws://127.0.0.1:PORT. */
  url: string;
  /** Waits for Firefox to exit (after browser.close), killing it if it takes more than 10 s. */
  stopped(): Promise<void>;
  kill(): void;
}

/**
 * Starts Firefox headless on `profileDir` and waits for "WebDriver BiDi
 * listening on ws://…". Every line Firefox prints goes to `onLine`.
 */
export function startFirefox(profileDir: string, home: string, onLine: (line: string) => void): Promise<FirefoxProcess> {
  const args = [
    '--headless',
    '--no-remote',
    '--profile',
    profileDir,
    // Port 0: Firefox picks a free one and prints it.
    '--remote-debugging-port=0',
    // BiDi may navigate to moz-extension:// pages only with this (Firefox refuses otherwise).
    '--remote-allow-system-access',
    'about:blank',
  ];
  const child: ChildProcess = spawn(findFirefox(), args, {
    env: {
      ...process.env,
      // Nothing read from or written to the real home.
      HOME: home,
      MOZ_CRASHREPORTER_DISABLE: '1',
      // Firefox refuses connections to non-local addresses (the refusing proxy is local), and
      // honours the profile's dummy remote-settings server (release builds ignore it otherwise).
      MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test process that ends without closing the session (killed, timed out) takes Firefox with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}. Its output:\n${lines.join('\n')}`));
    };
    const timer = setTimeout(() => fail('Firefox did not open WebDriver BiDi within 30 s'), 30_000);
    const onStartupExit = (code: number | null) => fail(`Firefox exited (${code}) before opening WebDriver BiDi`);
    child.once('exit', onStartupExit);
    const read = (line: string) => {
      onLine(line);
      if (lines.length < 200) lines.push(line);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onStartupExit);
      resolve({
        url: match[1]!,
        kill: () => child.kill('SIGKILL'),
        stopped: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timeout);
        },
      });
    };
    createInterface({ input: child.stdout! }).on('line', read);
    createInterface({ input: child.stderr! }).on('line', read);
  });
}
