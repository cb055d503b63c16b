/**
 * A TCP proxy in front of the test database that resets (RST: ECONNRESET) a
 * client's connection as soon as what the client has sent on it matches — how
 * the tests make a Postgres connection die in the middle of a statement, as a
 * crash does.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface ResetProxy {
  /** The database URL through the proxy. */
  url: string;
  /** How many connections it has reset. */
  resets(): number;
  close(): Promise<void>;
}

/** Starts the proxy to `databaseUrl`; `shouldReset` sees the last 4 kB the client sent on a connection. */
export async function startResetProxy(databaseUrl: string, shouldReset: (sent: string) => boolean): Promise<ResetProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let resets = 0;
  const proxy: Server = createServer((client) => {
    const server = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(server);
    let sent = '';
    client.on('data', (d: Buffer) => {
      sent = (sent + d.toString('latin1')).slice(-4096);
      if (shouldReset(sent)) {
        resets++;
        client.resetAndDestroy();
        server.destroy();
        return;
      }
      server.write(d);
    });
    server.on('data', (d: Buffer) => client.write(d));
    for (const [a, b] of [[client, server], [server, client]] as const) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((proxy.address() as { port: number }).port);
  return {
    url: url.toString(),
    resets: () => resets,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => proxy.close(() => r()));
    },
  };
}
