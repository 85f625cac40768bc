// A local WebSocket playing Discord's gateway: HELLO, heartbeat ACKs, READY for each shard that
// identifies; the REST stand-in tells discord.js where it is (GET /gateway/bot).
import { WebSocketServer, type WebSocket } from 'ws';
import type { DiscordStandIn } from './discord-stand-in.js';
import { APPLICATION_ID } from './harness.js';

export interface GatewayStandIn {
  /** What each IDENTIFY carried, in arrival order. */
  identified: unknown[];
  /** Sends a dispatch event (e.g. INTERACTION_CREATE) on the connection of `shard`. */
  dispatch(shard: number, type: string, data: unknown): void;
  /** The shards that have identified so far. */
  shards(): number[];
  close(): Promise<void>;
}

export async function startGatewayStandIn(rest: DiscordStandIn, shards: number): Promise<GatewayStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
  rest.respondWith((c) => c.path === '/api/v10/gateway/bot', 200, {
    url,
    shards,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: shards },
  });
  const identified: unknown[] = [];
  const senders = new Map<number, (type: string, data: unknown) => void>();
  server.on('connection', (socket: WebSocket) => {
    let sequence = 0;
    const send = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, s: ++sequence, t, d }));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number] } };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        identified.push(packet.d);
        const shard = packet.d.shard ?? [0, 1];
        senders.set(shard[0], send);
        send('READY', {
          v: 10,
          user: {
            id: APPLICATION_ID,
            username: 'backprop-tutor',
            discriminator: '0',
            bot: true,
            avatar: null,
          },
          guilds: [],
          session_id: `session-${shard[0]}`,
          resume_gateway_url: url,
          shard,
          application: { id: APPLICATION_ID, flags: 0 },
        });
      }
    });
  });
  return {
    identified,
    dispatch(shard, type, data) {
      const send = senders.get(shard);
      if (!send) throw new Error(`gateway stand-in: shard ${shard} has not identified`);
      send(type, data);
    },
    shards: () => [...senders.keys()].sort(),
    close: async () => {
      server.clients.forEach((socket) => socket.terminate());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
