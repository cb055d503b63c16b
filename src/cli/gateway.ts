/** `npm run gateway`: HTTP only (webhooks, web chat, API), the outbox relay and this process's WhatsApp Web sessions. */
import { boot } from '../app/boot.js';
import { startGateway } from '../http/server.js';

await boot({ prepare: 'database' }, async (c) => [await startGateway(c)]);
