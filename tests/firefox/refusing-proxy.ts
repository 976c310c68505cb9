import { createServer, type AddressInfo, type Server } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** The request line of everything that reached it, e.g. "CONNECT example.com:443 HTTP/1.1". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The proxy Firefox is told to use for everything: it records the request
 * line and refuses, so nothing it receives ever leaves the machine.
 */
export async function startRefusingProxy(): Promise<RefusingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      requests.push(String(chunk).split('\r\n', 1)[0] ?? '');
      // A refusal Firefox does not retry (a dropped connection it retries, up to ten times).
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
