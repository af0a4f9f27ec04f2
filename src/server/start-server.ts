/**
 * Listens: the app on Node's HTTP server with the socket-level limits (time to send headers, time
 * to send the whole request, so slow clients are cut off), and a close that stops the workers.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppExtras, type SlantApp } from './app.js';
import type { ServerOptions } from './server-options.js';

/** A running server. */
export interface RunningServer {
  /** `http://host:port` it listens on. */
  url: string;
  port: number;
  slant: SlantApp;
  /** Stops listening, drops idle connections and stops the workers. */
  close(): Promise<void>;
}

/** Where to listen. */
export interface ListenOptions {
  port: number;
  host: string;
}

/**
 * Starts the API (and page) on `host:port`; port 0 picks a free one.
 * @example
 * const server = await startServer(serverOptions(), { port: 0, host: '127.0.0.1' });
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(options: ServerOptions, listen: ListenOptions, extras: AppExtras = {}): Promise<RunningServer> {
  const slant = createApp(options, extras);
  const { limits } = options;
  const server = createAdaptorServer({
    fetch: slant.app.fetch,
    serverOptions: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.socketRequestTimeoutMs,
      keepAliveTimeout: 5_000,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  const close = async (): Promise<void> => {
    // Stop accepting, let requests in flight finish for up to 2 s, then drop the rest and the workers.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)))]);
    clearTimeout(timer);
    server.closeAllConnections();
    await Promise.all([closed, slant.close()]);
  };
  return { url: `http://${host}:${port}`, port, slant, close };
}
