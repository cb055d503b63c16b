/** API keys of the tenant: create (the plaintext is shown once), list, revoke (at once, in every gateway process). */
import { useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { formatDate, useAction, useApi } from './admin-hooks.js';
import { Badge, DataTable, CopyField, Field, Notice, Section, Select } from './admin-ui.js';

interface ApiKey {
  id: string;
  name: string | null;
  prefix: string;
  role: string;
  kind: 'user' | 'service';
  state: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

const ROLES = [
  { value: 'agent', label: 'Agent' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'analyst', label: 'Analyst' },
  { value: 'admin', label: 'Admin' },
] as const;
type Role = (typeof ROLES)[number]['value'];

export function ApiKeys() {
  const keys = useApi<{ items: ApiKey[] }>('/api-keys');
  const action = useAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [created, setCreated] = useState<{ name: string; apiKey: string } | null>(null);
  const create = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const r = await api<ApiKey & { apiKey: string }>('/api-keys', { method: 'POST', body: { name: name.trim() || undefined, role } });
      setCreated({ name: r.name ?? r.prefix, apiKey: r.apiKey });
      setName('');
      keys.reload();
      return 'Key created. Copy it now: it is not shown again.';
    });
  };
  const revoke = (k: ApiKey) => {
    if (!confirm(`Revoke “${k.name ?? k.prefix}”? Everything using it stops working at once.`)) return;
    void action.run(async () => {
      await api(`/api-keys/${k.id}`, { method: 'DELETE' });
      keys.reload();
      if (created && created.apiKey.startsWith(k.prefix)) setCreated(null);
      return `“${k.name ?? k.prefix}” is revoked.`;
    });
  };
  return (
    <Section title="API keys">
      <Notice message={action.message ?? (keys.error ? { kind: 'error', text: keys.error } : null)} />
      {created ? <CopyField label={`New key “${created.name}” (shown once)`} value={created.apiKey} /> : null}
      <DataTable caption="API keys" columns={['Name', 'Prefix', 'Role', 'State', 'Last used', '']} items={keys.data?.items ?? []} row={(k) => (
        <tr key={k.id} data-key-name={k.name ?? ''}>
          <td>{k.name ?? '—'}</td>
          <td>
            <code>{k.prefix}…</code>
          </td>
          <td>
            {k.role}
            {k.kind === 'user' ? ' (user)' : ''}
          </td>
          <td>
            <Badge value={k.state} />
          </td>
          <td>{formatDate(k.lastUsedAt)}</td>
          <td>
            {k.state === 'active' ? (
              <button type="button" class="small danger" onClick={() => revoke(k)} aria-label={`Revoke ${k.name ?? k.prefix}`}>
                Revoke
              </button>
            ) : null}
          </td>
        </tr>
        )}
      />
      <form class="inline" onSubmit={create} aria-label="Create an API key">
        <Field label="Key name" name="keyName" value={name} onInput={setName} placeholder="CRM integration" />
        <Select label="Role" name="role" value={role} onChange={setRole} options={ROLES} />
        <button type="submit" disabled={action.busy}>
          Create key
        </button>
      </form>
    </Section>
  );
}
