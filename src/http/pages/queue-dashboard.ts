/** A small self-contained queue dashboard: counts per state, outbox backlog, recent failures. Uses the admin key. */
export function queueDashboardHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Queues · Gateway</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2330;background:#f6f7fb}
 h1{font-size:1.3rem} table{border-collapse:collapse;background:#fff;margin:1rem 0;min-width:30rem}
 td,th{border:1px solid #dde1ea;padding:.4rem .7rem;text-align:left} th{background:#eef1f7}
 .bad{color:#b3261e} input{padding:.4rem;width:28rem} button{padding:.4rem .8rem}
</style></head>
<body>
<h1>Queue dashboard</h1>
<form id="f"><input id="key" type="password" placeholder="Admin API key (gwk_…)" autocomplete="off"> <button>Load</button></form>
<div id="out" aria-live="polite"></div>
<script>
const out = document.getElementById('out');
const keyInput = document.getElementById('key');
keyInput.value = sessionStorage.getItem('gwKey') || '';
function esc(s){return String(s ?? '').replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
async function load(){
  const key = keyInput.value.trim(); if(!key) return;
  sessionStorage.setItem('gwKey', key);
  const r = await fetch('/api/v1/queues', {headers:{Authorization:'Bearer '+key}});
  const body = await r.json();
  if(!r.ok){ out.innerHTML = '<p class="bad">'+esc(body.error && body.error.message)+'</p>'; return; }
  let html = '';
  for (const [name, counts] of Object.entries(body.queues)) {
    html += '<table><caption>'+esc(name)+'</caption><tr>'+Object.keys(counts).map(k=>'<th>'+esc(k)+'</th>').join('')+'</tr><tr>'+Object.values(counts).map(v=>'<td>'+esc(v)+'</td>').join('')+'</tr></table>';
  }
  html += '<p>Outbox backlog (recorded, not yet queued): <b>'+esc(body.outboxBacklog)+'</b></p>';
  html += '<table><tr><th>failed job</th><th>attempts</th><th>reason</th></tr>'+body.recentFailures.map(f=>'<tr><td>'+esc(f.id)+'</td><td>'+esc(f.attemptsMade)+'</td><td class="bad">'+esc(f.failedReason)+'</td></tr>').join('')+'</table>';
  out.innerHTML = html;
}
document.getElementById('f').addEventListener('submit', e => { e.preventDefault(); load(); });
setInterval(load, 3000); load();
</script>
</body></html>`;
}
