// A TCP proxy on 127.0.0.1 between a workstation and its hub that a test can cut, standing in for a
// pulled cable: 'refuse' drops every connection and refuses new ones; 'drop-replies' passes what the
// workstation sends but loses what the hub answers (a link that dies after the hub committed).
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'open' | 'refuse' | 'drop-replies';

export interface CuttableProxy {
  /** host:port for the workstation to pair with and call. */
  address: string;
  set(mode: ProxyMode): void;
  /** Requests that reached the hub through the proxy (connections forwarded). */
  readonly connections: number;
  close(): Promise<void>;
}

export async function cuttableProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  let mode: ProxyMode = 'open';
  let connections = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    connections++;
    const upstream = net.connect(target.port, target.host);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      if (mode === 'refuse') return drop();
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (mode === 'refuse') return drop();
      if (mode === 'open') client.write(chunk); // 'drop-replies': lost on the way back
    });
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('error', drop);
    upstream.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    set(next) {
      mode = next;
      if (next === 'refuse') for (const s of open) s.destroy();
    },
    get connections() {
      return connections;
    },
    close() {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
