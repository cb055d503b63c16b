/** Agents (staff users: create with a key shown once, change role, deactivate) and teams (members, time zone). */
import { useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { useAction, useApi } from './admin-hooks.js';
import { Badge, DataTable, CopyField, Field, Notice, Section, Select, FormActions } from './admin-ui.js';

const ROLES = [
  { value: 'agent', label: 'Agent' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'analyst', label: 'Analyst' },
  { value: 'admin', label: 'Admin' },
] as const;
type Role = (typeof ROLES)[number]['value'];

interface Agent {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: string;
  team: string | null;
  currentLoad: number;
  maxLoad: number;
}

interface Team {
  id: string;
  name: string;
  focusArea: string | null;
  memberIds: string[];
  timeZone: string;
  openNow: boolean;
}

export function People() {
  const agents = useApi<{ items: Agent[] }>('/agents');
  return (
    <>
      <Agents agents={agents.data?.items ?? []} error={agents.error} reload={agents.reload} />
      <Teams agents={agents.data?.items ?? []} />
    </>
  );
}

function Agents({ agents, error, reload }: { agents: Agent[]; error: string | null; reload(): void }) {
  const action = useAction();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [newKey, setNewKey] = useState<string | null>(null);
  const create = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const r = await api<Agent & { apiKey: string }>('/agents', { method: 'POST', body: { email: email.trim(), name: name.trim(), role } });
      setNewKey(r.apiKey);
      setEmail('');
      setName('');
      reload();
      return `${r.name} added. Give them the key below: it is shown only now.`;
    });
  };
  const patch = (a: Agent, body: Record<string, unknown>, done: string) =>
    action.run(async () => {
      await api(`/agents/${a.id}`, { method: 'PATCH', body });
      reload();
      return done;
    });
  return (
    <Section title="Agents">
      <Notice message={action.message ?? (error ? { kind: 'error', text: error } : null)} />
      {newKey ? <CopyField label="The new agent’s API key (shown once)" value={newKey} /> : null}
      <DataTable caption="Agents" columns={['Name', 'Email', 'Role', 'Status', 'Load', '']} items={agents} row={(a) => (
        <tr key={a.id}>
          <td>{a.name}</td>
          <td>{a.email}</td>
          <td>
            <label class="visually-hidden" for={`role-${a.id}`}>
              Role of {a.name}
            </label>
            <select id={`role-${a.id}`} value={a.role} onChange={(e) => void patch(a, { role: (e.currentTarget as HTMLSelectElement).value }, `${a.name}’s role changed.`)}>
              {ROLES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </td>
          <td>
            <Badge value={a.status} />
          </td>
          <td>
            {a.currentLoad}/{a.maxLoad}
          </td>
          <td>
            {a.status === 'deactivated' ? (
              <button type="button" class="small" onClick={() => void patch(a, { status: 'offline' }, `${a.name} can sign in again.`)}>
                Reactivate
              </button>
            ) : (
              <button type="button" class="small danger" onClick={() => confirm(`Deactivate ${a.name}? Their keys stop working at once.`) && void patch(a, { status: 'deactivated' }, `${a.name} is deactivated.`)}>
                Deactivate
              </button>
            )}
          </td>
        </tr>
        )}
      />
      <form class="inline" onSubmit={create} aria-label="Add an agent">
        <Field label="Email" name="email" type="email" value={email} onInput={setEmail} required autoComplete="off" />
        <Field label="Name" name="agentName" value={name} onInput={setName} required />
        <Select label="Role" name="role" value={role} onChange={setRole} options={ROLES} />
        <button type="submit" disabled={action.busy}>
          Add agent
        </button>
      </form>
    </Section>
  );
}

function Teams({ agents }: { agents: Agent[] }) {
  const teams = useApi<{ items: Team[] }>('/teams');
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const [members, setMembers] = useState<string[]>([]);
  const create = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api('/teams', { method: 'POST', body: { name: name.trim(), timeZone, memberIds: members } });
      setName('');
      setMembers([]);
      teams.reload();
      return `Team “${name.trim()}” created.`;
    });
  };
  const remove = (t: Team) => {
    if (!confirm(`Delete the team “${t.name}”?`)) return;
    void action.run(async () => {
      await api(`/teams/${t.id}`, { method: 'DELETE' });
      teams.reload();
      return `“${t.name}” deleted.`;
    });
  };
  const nameOf = (id: string) => agents.find((a) => a.id === id)?.name ?? 'unknown';
  return (
    <Section title="Teams">
      <Notice message={action.message ?? (teams.error ? { kind: 'error', text: teams.error } : null)} />
      <ul class="cards" aria-label="Teams">
        {(teams.data?.items ?? []).map((t) => (
          <li key={t.id}>
            <div class="channel-head">
              <h3>{t.name}</h3>
              <Badge value={t.openNow ? 'open' : 'closed'} />
            </div>
            <p class="muted">
              {t.timeZone} · {t.memberIds.length ? t.memberIds.map(nameOf).join(', ') : 'no members'}
            </p>
            <div class="actions">
              <button type="button" class="small secondary" onClick={() => setEditing(editing === t.id ? null : t.id)} aria-expanded={editing === t.id} aria-label={`Edit team ${t.name}`}>
                Edit
              </button>
              <button type="button" class="small danger" onClick={() => remove(t)} aria-label={`Delete team ${t.name}`}>
                Delete
              </button>
            </div>
            {editing === t.id ? <EditTeam key={t.id} team={t} agents={agents} onSaved={teams.reload} onClose={() => setEditing(null)} /> : null}
          </li>
        ))}
      </ul>
      <form onSubmit={create} aria-label="Create a team">
        <div class="grid">
          <Field label="Team name" name="teamName" value={name} onInput={setName} required />
          <Field label="Time zone" name="timeZone" value={timeZone} onInput={setTimeZone} required help="IANA name, e.g. Europe/Berlin." />
        </div>
        <MemberChoices agents={agents} members={members} setMembers={setMembers} />
        <button type="submit" disabled={action.busy}>
          Create team
        </button>
      </form>
    </Section>
  );
}

function MemberChoices({ agents, members, setMembers }: { agents: Agent[]; members: string[]; setMembers(m: string[]): void }) {
  return (
    <fieldset>
      <legend>Members</legend>
      <div class="choices">
        {agents.map((a) => (
          <label key={a.id} class="choice">
            <input type="checkbox" checked={members.includes(a.id)} onChange={(e) => setMembers((e.currentTarget as HTMLInputElement).checked ? [...members, a.id] : members.filter((m) => m !== a.id))} />
            {a.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function EditTeam({ team, agents, onSaved, onClose }: { team: Team; agents: Agent[]; onSaved(): void; onClose(): void }) {
  const [name, setName] = useState(team.name);
  const [timeZone, setTimeZone] = useState(team.timeZone);
  const [members, setMembers] = useState<string[]>(team.memberIds);
  const action = useAction();
  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api(`/teams/${team.id}`, { method: 'PATCH', body: { name: name.trim(), timeZone, memberIds: members } });
      onSaved();
      return 'Team saved.';
    });
  };
  return (
    <form class="edit" onSubmit={save} aria-label={`Edit team ${team.name}`}>
      <Field label="Team name" name="teamName" value={name} onInput={setName} required />
      <Field label="Time zone" name="timeZone" value={timeZone} onInput={setTimeZone} required />
      <MemberChoices agents={agents} members={members} setMembers={setMembers} />
      <FormActions submit={'Save team'} busy={action.busy} onClose={onClose} message={action.message} />
    </form>
  );
}
