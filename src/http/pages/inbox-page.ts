/**
 * The agent inbox (`/inbox`): tickets filtered by status/assignee/priority/SLA,
 * a ticket with its conversation and history, reply / note / take / hand back /
 * close, live updates from the inbox SSE stream (opened with a single-use
 * stream ticket, never with the key in the URL). Self-contained, uses the REST
 * API with the agent's key (kept in sessionStorage).
 */
export function inboxPageHtml(nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox · Gateway</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
 *{box-sizing:border-box} body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#f4f5f8;height:100vh;display:flex;flex-direction:column}
 header{background:#1f2a44;color:#fff;padding:.6rem 1rem;display:flex;gap:.6rem;align-items:center}
 header h1{font-size:1rem;margin:0 1rem 0 0} header input{padding:.35rem;width:22rem}
 main{flex:1;display:flex;min-height:0}
 #list{width:24rem;border-right:1px solid #dde1ea;overflow-y:auto;background:#fff}
 .filters{display:flex;gap:.4rem;padding:.5rem;border-bottom:1px solid #dde1ea;flex-wrap:wrap;font-size:.85rem}
 .t{padding:.6rem .8rem;border-bottom:1px solid #eef0f4;cursor:pointer} .t:hover,.t.sel{background:#eef3ff}
 .t .title{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
 .badge{display:inline-block;font-size:.7rem;padding:.05rem .4rem;border-radius:.6rem;background:#e3e7ef;margin-right:.25rem}
 .urgent{background:#ffd6d6}.high{background:#ffe8c2}.breach{background:#b3261e;color:#fff}
 #detail{flex:1;display:flex;flex-direction:column;min-width:0}
 #convo{flex:1;overflow-y:auto;padding:1rem;display:flex;flex-direction:column;gap:.4rem}
 .m{max-width:70%;padding:.45rem .7rem;border-radius:.8rem;white-space:pre-wrap}
 .m.in{align-self:flex-start;background:#fff;border:1px solid #dde1ea}.m.out{align-self:flex-end;background:#dbe7ff}
 .m.agent{background:#ffe9b8}.m.note{align-self:center;background:#fff6d6;border:1px dashed #c9a227;font-size:.9rem}
 .who{display:block;font-size:.7rem;opacity:.65}
 #actions{border-top:1px solid #dde1ea;background:#fff;padding:.6rem;display:flex;flex-direction:column;gap:.4rem}
 textarea{width:100%;min-height:4rem;padding:.5rem;font:inherit} .row{display:flex;gap:.4rem;flex-wrap:wrap}
 button{padding:.4rem .8rem;border:1px solid #3b5bdb;background:#3b5bdb;color:#fff;border-radius:.3rem;cursor:pointer}
 button.secondary{background:#fff;color:#3b5bdb} #status{font-size:.85rem;opacity:.8} .empty{padding:2rem;opacity:.6}
</style></head>
<body>
<header><h1>Agent inbox</h1><input id="key" type="password" placeholder="Your API key (gwk_…)" aria-label="API key" autocomplete="off"><button id="connect">Connect</button><span id="status"></span></header>
<main>
 <section id="list" aria-label="Tickets">
  <div class="filters">
   <select id="fStatus" aria-label="Status"><option value="new,open,pending">Active</option><option value="new">New</option><option value="open">Open</option><option value="pending">Pending</option><option value="closed">Closed</option><option value="">All</option></select>
   <select id="fAssignee" aria-label="Assignee"><option value="">Everyone</option><option value="me">Mine</option><option value="unassigned">Unassigned</option></select>
   <select id="fPriority" aria-label="Priority"><option value="">Any priority</option><option value="urgent">Urgent</option><option value="high">High</option><option value="medium">Medium</option><option value="low">Low</option></select>
   <label><input type="checkbox" id="fSla"> SLA breached</label>
  </div>
  <div id="tickets"><div class="empty">Enter your API key to load tickets.</div></div>
 </section>
 <section id="detail" aria-label="Ticket">
  <div id="convo"><div class="empty">Select a ticket.</div></div>
  <div id="actions" hidden>
   <div id="meta"></div>
   <textarea id="text" placeholder="Write a reply to the customer, or an internal note" aria-label="Reply"></textarea>
   <div class="row"><button id="send">Send reply</button><button class="secondary" id="note">Add internal note</button><button class="secondary" id="take">Assign to me</button><button class="secondary" id="handback">Hand back to bot</button><button class="secondary" id="close">Close &amp; ask CSAT</button></div>
  </div>
 </section>
</main>
<script nonce="${nonce}">
const $ = (id) => document.getElementById(id);
let key = sessionStorage.getItem('gwAgentKey') || ''; $('key').value = key;
let me = null, current = null, es = null;
function esc(s){return String(s ?? '').replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
async function api(method, path, body){
  const r = await fetch('/api/v1' + path, {method, headers: {authorization: 'Bearer ' + key, ...(body ? {'content-type':'application/json'} : {})}, body: body ? JSON.stringify(body) : undefined});
  const data = r.status === 204 ? null : await r.json();
  if (!r.ok) { $('status').textContent = (data && data.error && data.error.message) || ('HTTP ' + r.status); throw new Error($('status').textContent); }
  return data;
}
async function loadList(){
  const q = new URLSearchParams();
  if ($('fStatus').value) q.set('status', $('fStatus').value);
  if ($('fAssignee').value) q.set('assignee', $('fAssignee').value);
  if ($('fPriority').value) q.set('priority', $('fPriority').value);
  if ($('fSla').checked) q.set('slaBreached', 'true');
  const { items } = await api('GET', '/tickets?' + q);
  $('tickets').innerHTML = items.length ? items.map(t => '<div class="t' + (current === t.id ? ' sel' : '') + '" data-id="' + t.id + '" role="button" tabindex="0">'
    + '<div class="title">' + esc(t.title) + '</div>'
    + '<span class="badge ' + t.priority + '">' + t.priority + '</span><span class="badge">' + t.status + '</span><span class="badge">' + esc(t.sourceChannel) + '</span>'
    + (t.slaBreached ? '<span class="badge breach">SLA</span>' : '') + (t.assigneeId ? '' : '<span class="badge">unassigned</span>') + '</div>').join('')
    : '<div class="empty">No tickets.</div>';
  for (const el of document.querySelectorAll('.t')) el.onclick = () => openTicket(el.dataset.id);
}
async function openTicket(id){
  current = id;
  const t = await api('GET', '/tickets/' + id);
  const notes = t.history.filter(e => e.type === 'note-added').map(e => ({ at: e.createdAt, html: '<div class="m note"><span class="who">Note</span>' + esc(e.content) + '</div>' }));
  const msgs = t.messages.map(m => ({ at: m.createdAt, html: '<div class="m ' + m.direction + (m.senderType === 'agent' ? ' agent' : '') + '" data-sender="' + m.senderType + '"><span class="who">' + esc(m.senderType) + '</span>' + esc(m.text) + '</div>' }));
  $('convo').innerHTML = [...msgs, ...notes].sort((a, b) => a.at.localeCompare(b.at)).map(x => x.html).join('');
  $('convo').scrollTop = $('convo').scrollHeight;
  $('meta').innerHTML = '<b>' + esc(t.title) + '</b> · <span id="ticketStatus">' + t.status + '</span> · ' + t.priority + (t.slaBreached ? ' · <span class="badge breach">SLA breached</span>' : '');
  $('actions').hidden = false;
  await loadList();
}
async function act(method, path, body){ if (!current) return; await api(method, '/tickets/' + current + path, body); await openTicket(current); }
$('send').onclick = async () => { const text = $('text').value.trim(); if (!text) return; $('text').value = ''; await act('POST', '/messages', { text }); };
$('note').onclick = async () => { const text = $('text').value.trim(); if (!text) return; $('text').value = ''; await act('POST', '/notes', { text }); };
$('take').onclick = async () => { if (me && me.userId) await act('POST', '/assign', { agentId: me.userId }); };
$('handback').onclick = () => act('POST', '/handback', {});
$('close').onclick = () => act('POST', '/close', {});
for (const id of ['fStatus', 'fAssignee', 'fPriority', 'fSla']) $(id).onchange = loadList;
async function connect(){
  key = $('key').value.trim(); if (!key) return;
  sessionStorage.setItem('gwAgentKey', key);
  me = await api('GET', '/me');
  $('status').textContent = 'connecting…';
  await loadList();
  await openStream();
  openLinked();
}
// E-mail notifications link to /inbox#ticket=<id>.
function openLinked(){
  const m = /^#ticket=([0-9a-fA-F-]{36})$/.exec(location.hash);
  if (m && key) openTicket(m[1]).catch(() => {});
}
window.addEventListener('hashchange', openLinked);
// The stream opens with a single-use ticket (POST /inbox/stream-tickets): the key never goes in a URL.
// A used ticket cannot reopen the stream, so reconnects ask for a new one instead of EventSource's own retry.
let retry = null;
async function openStream(){
  if (es) { es.close(); es = null; }
  clearTimeout(retry);
  let ticket;
  try { ticket = (await api('POST', '/inbox/stream-tickets')).ticket; } catch { return; }
  const s = new EventSource('/api/v1/inbox/stream?ticket=' + encodeURIComponent(ticket));
  es = s;
  const refresh = (e) => { loadList(); try { const d = JSON.parse(e.data); if (current && (d.id === current || d.ticketId === current)) openTicket(current); } catch {} };
  for (const ev of ['ticket.created', 'ticket.updated', 'ticket.message']) s.addEventListener(ev, refresh);
  // Live from here on (and anything missed while reconnecting is in the list).
  s.addEventListener('ready', () => { $('status').textContent = 'connected as ' + me.role; loadList(); });
  s.addEventListener('error', (e) => {
    if (es !== s) return;
    s.close(); es = null;
    let d = null; try { d = e.data ? JSON.parse(e.data) : null; } catch {}
    if (d && d.code === 'unauthorized') { $('status').textContent = 'disconnected: ' + d.message; return; }
    retry = setTimeout(openStream, 3000);
  });
}
$('connect').onclick = connect;
if (key) connect();
</script>
</body></html>`;
}
