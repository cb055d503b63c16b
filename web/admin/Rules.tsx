/**
 * Rules: escalation rules (when the bot hands a conversation to a person, in
 * priority order) and routing rules (which team or agent gets the ticket).
 * Both are validated by the gateway; its reason is shown when it refuses.
 */
import { useId, useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { useAction, useApi } from './admin-hooks.js';
import { PLATFORMS } from './admin-platforms.js';
import { Badge, DataTable, EditDeleteButtons, Checkbox, Field, Notice, Section, Select, FormActions } from './admin-ui.js';

const PRIORITIES = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'urgent', label: 'Urgent' },
] as const;
type Priority = (typeof PRIORITIES)[number]['value'];

const SITUATIONS = [
  ['self_harm', 'Self-harm'],
  ['security', 'Security incident'],
  ['vulnerable', 'Vulnerable customer'],
  ['legal', 'Legal threat'],
  ['regulator', 'Complaint to a regulator'],
  ['churn', 'Wants to cancel'],
  ['frustration', 'Repeated frustration'],
] as const;

interface EscalationRule {
  id: string;
  name: string;
  active: boolean;
  priorityLevel: number;
  triggerKeywords: string[];
  triggerConditions: Record<string, unknown>;
  match: 'any' | 'all';
  ticketPriority: Priority;
  category?: string;
  assignment: { strategy: string; team?: string };
}

interface RoutingRule {
  id: string;
  name: string;
  position: number;
  active: boolean;
  criteria: { channels?: string[]; languages?: string[]; text?: { contains?: string[]; regex?: string }; priorities?: string[]; [other: string]: unknown };
  actions: { teamId?: string; agentId?: string; priority?: string; addTags?: string[] };
}

interface Named {
  id: string;
  name: string;
}

const splitList = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function triggersOf(r: EscalationRule): string {
  const c = r.triggerConditions;
  const parts: string[] = [];
  if (r.triggerKeywords.length) parts.push(`keywords: ${r.triggerKeywords.join(', ')}`);
  if (c.humanRequest) parts.push('asks for a person');
  if (Array.isArray(c.situations)) parts.push(`situations: ${(c.situations as string[]).join(', ')}`);
  if (typeof c.negativeSentimentBelow === 'number') parts.push(`sentiment < ${c.negativeSentimentBelow}`);
  if (typeof c.consecutiveUnsure === 'number') parts.push(`${c.consecutiveUnsure} unsure answers`);
  if (typeof c.minRetrievalConfidence === 'number') parts.push(`confidence < ${c.minRetrievalConfidence}`);
  if (c.outsideBusinessHours) parts.push('outside business hours');
  if (Array.isArray(c.customerTags)) parts.push(`tags: ${(c.customerTags as string[]).join(', ')}`);
  if (Array.isArray(c.channels)) parts.push(`only on ${(c.channels as string[]).join(', ')}`);
  return parts.join(' · ') || '—';
}

export function Rules() {
  return (
    <>
      <EscalationRules />
      <RoutingRules />
    </>
  );
}

function EscalationRules() {
  const rules = useApi<{ items: EscalationRule[] }>('/escalation-rules');
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const items = [...(rules.data?.items ?? [])].sort((a, b) => a.priorityLevel - b.priorityLevel);
  const edited = items.find((r) => r.id === editing) ?? null;
  const toggle = (r: EscalationRule) =>
    action.run(async () => {
      await api(`/escalation-rules/${r.id}`, { method: 'PUT', body: { active: !r.active } });
      rules.reload();
      return `“${r.name}” is ${r.active ? 'off' : 'on'}.`;
    });
  const remove = (r: EscalationRule) => {
    if (!confirm(`Delete the escalation rule “${r.name}”?`)) return;
    void action.run(async () => {
      await api(`/escalation-rules/${r.id}`, { method: 'DELETE' });
      rules.reload();
      return `“${r.name}” deleted.`;
    });
  };
  return (
    <Section title="Escalation rules">
      <p class="muted">The first active rule that fires (1 = checked first) opens a ticket and pauses the bot.</p>
      <Notice message={action.message ?? (rules.error ? { kind: 'error', text: rules.error } : null)} />
      <DataTable caption="Escalation rules" columns={['Order', 'Name', 'Fires on', 'Ticket priority', 'State', '']} items={items} row={(r) => (
        <tr key={r.id} data-rule-name={r.name}>
          <td>{r.priorityLevel}</td>
          <td>{r.name}</td>
          <td>
            {r.match === 'all' ? 'all of: ' : ''}
            {triggersOf(r)}
          </td>
          <td>{r.ticketPriority}</td>
          <td>
            <Badge value={r.active ? 'on' : 'off'} />
          </td>
          <td class="row-actions">
            <button type="button" class="small" onClick={() => void toggle(r)}>
              {r.active ? 'Turn off' : 'Turn on'}
            </button>
            <EditDeleteButtons name={r.name} onEdit={() => setEditing(r.id)} onDelete={() => remove(r)} />
          </td>
        </tr>
        )}
      />
      {edited ? (
        <EscalationRuleForm key={edited.id} initial={edited} onSaved={rules.reload} onClose={() => setEditing(null)} />
      ) : (
        <EscalationRuleForm key="new" initial={null} onSaved={rules.reload} />
      )}
    </Section>
  );
}

/** Creates a rule, or edits `initial` (conditions the form does not show are kept as they are). */
function EscalationRuleForm({ initial, onSaved, onClose }: { initial: EscalationRule | null; onSaved(): void; onClose?(): void }) {
  const c = initial?.triggerConditions ?? {};
  const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  const [name, setName] = useState(initial?.name ?? '');
  const [order, setOrder] = useState(String(initial?.priorityLevel ?? 3));
  const [keywords, setKeywords] = useState(initial?.triggerKeywords.join(', ') ?? '');
  const [humanRequest, setHumanRequest] = useState(c.humanRequest === true);
  const [situations, setSituations] = useState<string[]>(Array.isArray(c.situations) ? (c.situations as string[]) : []);
  const [sentiment, setSentiment] = useState(num(c.negativeSentimentBelow));
  const [unsure, setUnsure] = useState(num(c.consecutiveUnsure));
  const [match, setMatch] = useState<'any' | 'all'>(initial?.match ?? 'any');
  const [priority, setPriority] = useState<Priority>(initial?.ticketPriority ?? 'high');
  const [strategy, setStrategy] = useState<'least_loaded' | 'round_robin'>(initial?.assignment.strategy === 'round_robin' ? 'round_robin' : 'least_loaded');
  const [team, setTeam] = useState(initial?.assignment.team ?? '');
  const action = useAction();
  const titleId = useId();
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const { humanRequest: _h, situations: _s, negativeSentimentBelow: _n, consecutiveUnsure: _u, ...kept } = c;
      const triggerConditions: Record<string, unknown> = { ...kept };
      if (humanRequest) triggerConditions.humanRequest = true;
      if (situations.length) triggerConditions.situations = situations;
      if (sentiment.trim()) triggerConditions.negativeSentimentBelow = Number(sentiment);
      if (unsure.trim()) triggerConditions.consecutiveUnsure = Number(unsure);
      const { team: _t, strategy: _st, ...assignmentKept } = initial?.assignment ?? {};
      await api(initial ? `/escalation-rules/${initial.id}` : '/escalation-rules', {
        method: initial ? 'PUT' : 'POST',
        body: {
          name: name.trim(),
          priorityLevel: Number(order),
          triggerKeywords: splitList(keywords),
          triggerConditions,
          match,
          ticketPriority: priority,
          assignment: { ...assignmentKept, strategy, ...(team.trim() ? { team: team.trim() } : {}) },
        },
      });
      onSaved();
      if (initial) return `Escalation rule “${name.trim()}” saved.`;
      setName('');
      setKeywords('');
      setHumanRequest(false);
      setSituations([]);
      setSentiment('');
      setUnsure('');
      return `Escalation rule “${name.trim()}” created.`;
    });
  };
  return (
    <form class="rule-form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{initial ? `Edit “${initial.name}”` : 'New escalation rule'}</h3>
      <div class="grid">
        <Field label="Name" name="name" value={name} onInput={setName} required />
        <Field label="Order (1–5)" name="priorityLevel" type="number" min={1} max={5} value={order} onInput={setOrder} required help="1 is checked first." />
        <Field label="Keywords" name="keywords" value={keywords} onInput={setKeywords} help="Comma-separated; refund* matches by prefix." />
        <Field label="Sentiment below (−1..1)" name="sentiment" type="number" step="0.05" min={-0.95} max={1} value={sentiment} onInput={setSentiment} help="Optional, e.g. -0.5." />
        <Field label="Unsure answers in a row" name="unsure" type="number" min={1} value={unsure} onInput={setUnsure} help="Optional." />
        <Select label="Combine triggers" name="match" value={match} onChange={setMatch} options={[{ value: 'any', label: 'Any fires' }, { value: 'all', label: 'All must fire' }]} />
        <Select label="Ticket priority" name="ticketPriority" value={priority} onChange={setPriority} options={PRIORITIES} />
        <Select label="Assign" name="strategy" value={strategy} onChange={setStrategy} options={[{ value: 'least_loaded', label: 'Least loaded agent' }, { value: 'round_robin', label: 'Round robin' }]} />
        <Field label="Agents’ team" name="team" value={team} onInput={setTeam} help="Optional: only agents of this team." />
      </div>
      <Checkbox label="Fires when the customer asks for a person" name="humanRequest" checked={humanRequest} onChange={setHumanRequest} />
      <fieldset>
        <legend>Situations</legend>
        <div class="choices">
          {SITUATIONS.map(([value, label]) => (
            <Checkbox key={value} label={label} name={`situation-${value}`} checked={situations.includes(value)} onChange={(on) => setSituations(on ? [...situations, value] : situations.filter((s) => s !== value))} />
          ))}
        </div>
      </fieldset>
      <FormActions submit={initial ? 'Save escalation rule' : 'Create escalation rule'} busy={action.busy} onClose={onClose} message={action.message} />
    </form>
  );
}

function RoutingRules() {
  const rules = useApi<{ items: RoutingRule[] }>('/routing-rules');
  const teams = useApi<{ items: Named[] }>('/teams');
  const agents = useApi<{ items: Named[] }>('/agents');
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const nameOf = (list: Named[] | undefined, id: string | undefined) => (id ? (list?.find((x) => x.id === id)?.name ?? id) : null);
  const remove = (r: RoutingRule) => {
    if (!confirm(`Delete the routing rule “${r.name}”?`)) return;
    void action.run(async () => {
      await api(`/routing-rules/${r.id}`, { method: 'DELETE' });
      rules.reload();
      return `“${r.name}” deleted.`;
    });
  };
  const items = rules.data?.items ?? [];
  return (
    <Section title="Routing rules">
      <p class="muted">Who gets a new ticket: rules are checked in order; the first match decides (unless it says to continue).</p>
      <Notice message={action.message ?? (rules.error ? { kind: 'error', text: rules.error } : null)} />
      {items.length === 0 && !rules.loading ? <p>No routing rules: tickets go to the least loaded agent.</p> : null}
      {items.length > 0 ? (
        <DataTable caption="Routing rules" columns={['Order', 'Name', 'When', 'Then', '']} items={items} row={(r) => (
          <tr key={r.id} data-rule-name={r.name}>
            <td>{r.position}</td>
            <td>{r.name}</td>
            <td>
              {[
                r.criteria.channels ? `channel ${r.criteria.channels.join(', ')}` : null,
                r.criteria.languages ? `language ${r.criteria.languages.join(', ')}` : null,
                r.criteria.text?.contains ? `mentions ${r.criteria.text.contains.join(', ')}` : null,
              ]
                .filter(Boolean)
                .join(' · ') || 'always'}
            </td>
            <td>
              {[
                nameOf(teams.data?.items, r.actions.teamId) && `team ${nameOf(teams.data?.items, r.actions.teamId)}`,
                nameOf(agents.data?.items, r.actions.agentId) && `agent ${nameOf(agents.data?.items, r.actions.agentId)}`,
                r.actions.priority && `priority ${r.actions.priority}`,
                r.actions.addTags && `tags ${r.actions.addTags.join(', ')}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
            <td class="row-actions">
              <EditDeleteButtons name={r.name} onEdit={() => setEditing(r.id)} onDelete={() => remove(r)} />
            </td>
          </tr>
          )}
        />
      ) : null}
      {items.find((r) => r.id === editing) ? (
        <RoutingRuleForm key={editing} initial={items.find((r) => r.id === editing) ?? null} teams={teams.data?.items ?? []} agents={agents.data?.items ?? []} onSaved={rules.reload} onClose={() => setEditing(null)} />
      ) : (
        <RoutingRuleForm key="new" initial={null} teams={teams.data?.items ?? []} agents={agents.data?.items ?? []} onSaved={rules.reload} />
      )}
    </Section>
  );
}

/** Creates a routing rule, or edits `initial` (criteria the form does not show are kept). */
function RoutingRuleForm({ initial, teams, agents, onSaved, onClose }: { initial: RoutingRule | null; teams: Named[]; agents: Named[]; onSaved(): void; onClose?(): void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [position, setPosition] = useState(String(initial?.position ?? 10));
  const [channels, setChannels] = useState<string[]>(initial?.criteria.channels ?? []);
  const [languages, setLanguages] = useState(initial?.criteria.languages?.join(', ') ?? '');
  const [contains, setContains] = useState(initial?.criteria.text?.contains?.join(', ') ?? '');
  const [teamId, setTeamId] = useState(initial?.actions.teamId ?? '');
  const [agentId, setAgentId] = useState(initial?.actions.agentId ?? '');
  const [priority, setPriority] = useState<'' | Priority>((initial?.actions.priority as Priority | undefined) ?? '');
  const [tags, setTags] = useState(initial?.actions.addTags?.join(', ') ?? '');
  const action = useAction();
  const titleId = useId();
  const submit = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const { channels: _c, languages: _l, text, ...kept } = initial?.criteria ?? {};
      const criteria: Record<string, unknown> = { ...kept };
      if (channels.length) criteria.channels = channels;
      if (splitList(languages).length) criteria.languages = splitList(languages);
      const { contains: _w, ...textKept } = text ?? {};
      if (splitList(contains).length || Object.keys(textKept).length) criteria.text = { ...textKept, ...(splitList(contains).length ? { contains: splitList(contains) } : {}) };
      const actions: Record<string, unknown> = {};
      if (teamId) actions.teamId = teamId;
      if (agentId) actions.agentId = agentId;
      if (priority) actions.priority = priority;
      if (splitList(tags).length) actions.addTags = splitList(tags);
      const body = { name: name.trim(), position: Number(position), criteria, actions };
      await api(initial ? `/routing-rules/${initial.id}` : '/routing-rules', { method: initial ? 'PATCH' : 'POST', body });
      onSaved();
      if (initial) return `Routing rule “${name.trim()}” saved.`;
      setName('');
      setChannels([]);
      setLanguages('');
      setContains('');
      setTeamId('');
      setAgentId('');
      setPriority('');
      setTags('');
      return `Routing rule “${name.trim()}” created.`;
    });
  };
  return (
    <form class="rule-form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{initial ? `Edit “${initial.name}”` : 'New routing rule'}</h3>
      <div class="grid">
        <Field label="Name" name="name" value={name} onInput={setName} required />
        <Field label="Order" name="position" type="number" min={0} value={position} onInput={setPosition} required />
        <Field label="Languages" name="languages" value={languages} onInput={setLanguages} help="Comma-separated codes: es, pt-BR." />
        <Field label="Message mentions" name="contains" value={contains} onInput={setContains} help="Comma-separated words (any)." />
        <Select label="Team" name="teamId" value={teamId} onChange={setTeamId} options={[{ value: '', label: '— none —' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]} />
        <Select label="Agent" name="agentId" value={agentId} onChange={setAgentId} options={[{ value: '', label: '— none —' }, ...agents.map((a) => ({ value: a.id, label: a.name }))]} />
        <Select label="Set priority" name="priority" value={priority} onChange={setPriority} options={[{ value: '' as const, label: '— keep —' }, ...PRIORITIES]} />
        <Field label="Add tags" name="addTags" value={tags} onInput={setTags} help="Comma-separated." />
      </div>
      <fieldset>
        <legend>Channels (none = all)</legend>
        <div class="choices">
          {PLATFORMS.map((p) => (
            <Checkbox key={p.type} label={p.label} name={`channel-${p.type}`} checked={channels.includes(p.type)} onChange={(on) => setChannels(on ? [...channels, p.type] : channels.filter((c) => c !== p.type))} />
          ))}
        </div>
      </fieldset>
      <FormActions submit={initial ? 'Save routing rule' : 'Create routing rule'} busy={action.busy} onClose={onClose} message={action.message} />
    </form>
  );
}
