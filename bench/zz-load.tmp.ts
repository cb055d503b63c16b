// Drives a running gateway with N signed LINE webhooks (50 connections). Usage: tsx load.ts <url> <secret> <n>
import autocannon from 'autocannon';
import { createHmac, randomBytes } from 'node:crypto';
const [url, secret, n] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 3000)];
const run = randomBytes(4).toString('hex');
let i = 0;
const r = await autocannon({ url, connections: 50, amount: n, requests: [{ method: 'POST', setupRequest: (req) => {
  const k = i++;
  const body = JSON.stringify({ destination: 'U8e742f61d673b39c7fff3cecb7536ef0', events: [{ type: 'message', mode: 'active', timestamp: Date.now(), replyToken: randomBytes(16).toString('hex'), source: { type: 'user', userId: `U${run}${String(k % 2000).padStart(24, '0')}` }, webhookEventId: `01B${run}${String(k).padStart(15, '0')}`.toUpperCase(), deliveryContext: { isRedelivery: false }, message: { type: 'text', id: `${run.length}${String(k).padStart(17, '0')}`, quoteToken: 'q', text: 'How long do refunds take?' } }] });
  return { ...req, body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': createHmac('sha256', secret).update(body).digest('base64') } };
} }] });
console.log(JSON.stringify({ ok: r['2xx'], non2xx: r.non2xx, rps: r.requests.average, p99: r.latency.p99 }));
