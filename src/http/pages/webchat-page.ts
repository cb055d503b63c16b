/**
 * A minimal, dependency-free web chat page for a connection (`/chat/:connectionId`):
 * what the embeddable widget does, usable as is for demos and as the reference
 * client of the web chat protocol. The visitor token is kept in localStorage so
 * a returning visitor resumes the conversation.
 */
export function webchatPageHtml(connectionId: string, nonce: string): string {
  const id = JSON.stringify(connectionId);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chat</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
 :root{--b:#3b5bdb}
 body{font-family:system-ui,sans-serif;margin:0;background:#f1f3f5;display:flex;justify-content:center}
 main{width:100%;max-width:28rem;height:100vh;display:flex;flex-direction:column;background:#fff;box-shadow:0 0 1rem #0001}
 header{background:var(--b);color:#fff;padding:.8rem 1rem;font-weight:600}
 #log{flex:1;overflow-y:auto;padding:1rem;display:flex;flex-direction:column;gap:.5rem}
 .m{max-width:80%;padding:.5rem .75rem;border-radius:1rem;white-space:pre-wrap;word-wrap:break-word}
 .in{align-self:flex-end;background:var(--b);color:#fff;border-bottom-right-radius:.2rem}
 .out{align-self:flex-start;background:#e9ecef;border-bottom-left-radius:.2rem}
 .agent{border:1px solid #f59f00}
 .who{font-size:.7rem;opacity:.7;display:block}
 #typing{font-size:.8rem;color:#868e96;padding:0 1rem;height:1.2rem}
 form{display:flex;border-top:1px solid #dee2e6}
 input{flex:1;border:0;padding:1rem;font-size:1rem} button{border:0;background:var(--b);color:#fff;padding:0 1.2rem;font-size:1rem}
 .btns button{background:#fff;color:var(--b);border:1px solid var(--b);border-radius:1rem;margin:.2rem;padding:.3rem .7rem}
 .body{white-space:normal} .body p{margin:0 0 .4rem} .body p:last-child{margin:0} .body ul,.body ol{margin:.2rem 0;padding-left:1.2rem}
 .body table{border-collapse:collapse;font-size:.9em} .body th,.body td{border:1px solid #ced4da;padding:.15rem .4rem;text-align:left}
 .att{display:block;margin-top:.3rem}
</style></head>
<body><main>
<header>Chat with us</header>
<div id="log" role="log" aria-live="polite"></div>
<div id="typing"></div>
<form id="f"><input id="text" autocomplete="off" placeholder="Type a message…" aria-label="Message"><button type="submit">Send</button></form>
</main>
<script nonce="${nonce}">
const CONN = ${id};
const API = '/api/v1/webchat/' + CONN;
const log = document.getElementById('log');
const typing = document.getElementById('typing');
const seen = new Set();
let token = localStorage.getItem('gw-webchat-' + CONN);
function render(m){
  if (seen.has(m.id)) return; seen.add(m.id);
  typing.textContent = '';
  const d = document.createElement('div');
  d.className = 'm ' + (m.direction === 'in' ? 'in' : 'out') + (m.senderType === 'agent' ? ' agent' : '');
  d.dataset.id = m.id; d.dataset.sender = m.senderType;
  if (m.direction === 'out') { const w = document.createElement('span'); w.className='who'; w.textContent = m.senderType === 'agent' ? 'Agent' : 'Bot'; d.appendChild(w); }
  // The gateway's HTML (channels/markdown.ts toSafeHtml): only its own tags, every text escaped. Anything else is text.
  if (m.direction === 'out' && typeof m.html === 'string') { const b = document.createElement('div'); b.className = 'body'; b.innerHTML = m.html; d.appendChild(b); }
  else d.appendChild(document.createTextNode(m.text));
  for (const a of (m.attachments && m.attachments.length ? m.attachments.map((x) => ({ url: x.url, name: x.fileName })) : (m.payload && m.payload.attachments) || [])) { if (!a.url || !/^https?:/i.test(a.url)) continue; const l = document.createElement('a'); l.className = 'att'; l.href = a.url; l.target = '_blank'; l.rel = 'noopener noreferrer'; l.textContent = a.name || a.url; d.appendChild(l); }
  const buttons = (m.payload && m.payload.buttons) || [];
  if (buttons.length) { const b = document.createElement('div'); b.className='btns'; for (const x of buttons) { const e=document.createElement('button'); e.type='button'; e.textContent=x.title; e.onclick=()=>send(x.title); b.appendChild(e);} d.appendChild(b); }
  log.appendChild(d); log.scrollTop = log.scrollHeight;
}
// The visitor token expires (expiresAt): resuming the session with it returns a fresh one, done at load and half-way through its life.
async function session(){
  const r = await fetch(API + '/sessions', {method:'POST', headers:{'content-type':'application/json'}, body: JSON.stringify(token ? {token} : {})});
  const s = await r.json(); token = s.token; localStorage.setItem('gw-webchat-' + CONN, token);
  const left = Date.parse(s.expiresAt) - Date.now();
  if (left > 0) setTimeout(() => session().catch(() => {}), Math.min(Math.max(left / 2, 30000), 2147483647));
}
let es = null;
function stream(){
  es = new EventSource(API + '/stream?token=' + encodeURIComponent(token));
  es.addEventListener('message', e => render(JSON.parse(e.data)));
  es.addEventListener('typing', () => { typing.textContent = 'typing…'; });
  // Refused (e.g. an expired token in the URL): reopen with the current token.
  es.onerror = () => { if (es.readyState === EventSource.CLOSED) setTimeout(stream, 2000); };
}
async function start(){
  await session();
  stream();
}
async function send(text){
  const clientMessageId = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/[^A-Za-z0-9._-]/g,'');
  const optimistic = {id: 'local-' + clientMessageId, direction:'in', senderType:'customer', text, payload:{}};
  render(optimistic);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const r = await fetch(API + '/messages', {method:'POST', headers:{'content-type':'application/json', authorization:'Bearer ' + token}, body: JSON.stringify({text, clientMessageId})});
      if (r.ok) { const b = await r.json(); if (b.messageId) seen.add(b.messageId); return; }
      if (r.status < 500) return;
    } catch (e) {}
    await new Promise(res => setTimeout(res, 500 * (attempt + 1)));  // same clientMessageId: retries are idempotent
  }
}
document.getElementById('f').addEventListener('submit', e => { e.preventDefault(); const i = document.getElementById('text'); const t = i.value.trim(); if (!t) return; i.value=''; send(t); });
start();
</script>
</body></html>`;
}
