/**
 * The operator sign-in page (`GET /admin/login`): a plain form that posts an
 * operator key (`npm run admin -- create-operator-key`) to `POST /admin/login`,
 * which answers with a short-lived httpOnly session cookie and sends the
 * browser on to the queue board. No script.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function adminLoginHtml(nonce: string, opts: { error?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Operator sign-in · Gateway</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<style nonce="${nonce}">
 body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f6f7fb;color:#1d2330}
 form{background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 0 1rem #0001;display:flex;flex-direction:column;gap:.8rem;width:24rem}
 h1{font-size:1.2rem;margin:0} p{margin:0;font-size:.9rem;color:#555} .bad{color:#b3261e}
 input{padding:.5rem;font-size:1rem} button{padding:.5rem;font-size:1rem}
</style></head>
<body>
<form method="post" action="/admin/login">
<h1>Queue board · operator sign-in</h1>
<p>Operator keys (<code>gwo_…</code>) are created with <code>npm run admin -- create-operator-key</code>. Tenant API keys are not accepted here.</p>
${opts.error ? `<p class="bad" role="alert">${esc(opts.error)}</p>` : ''}
<label for="key">Operator key</label>
<input id="key" name="key" type="password" autocomplete="off" required>
<button type="submit">Sign in</button>
</form>
</body></html>`;
}
