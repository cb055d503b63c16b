/**
 * Channels: the connected platforms (status, webhook URL, test, edit, rotate,
 * disable, delete) and the wizard that connects a new one: pick a platform →
 * credentials (checked with the platform on save) → webhook URL and next steps.
 */
import { useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { formatDate, useAction, useApi, useInterval } from './admin-hooks.js';
import { credentialsFrom, PLATFORMS, platformOf, type ChannelType, type Platform } from './admin-platforms.js';
import { Badge, CopyField, Field, Notice, Section, FormActions } from './admin-ui.js';
import { embedSnippet, WidgetSettings } from './WidgetSettings.js';

export interface Channel {
  id: string;
  type: ChannelType;
  name: string;
  status: string;
  statusReason: string | null;
  webhookUrl: string;
  settings: Record<string, unknown>;
  createdAt: string;
}

/**
 * `#/channels`: the list; `#/channels/<id>/widget`: the widget settings of a
 * web chat channel (colour, logo, bot name, welcome message, position, with a
 * live preview).
 */
export function Channels({ segments = [] }: { segments?: string[] }) {
  const [id, view] = [segments[1], segments[2]];
  if (id && view === 'widget') return <WidgetSettings channelId={id} />;
  return <ChannelList />;
}

function ChannelList() {
  const list = useApi<{ items: Channel[] }>('/channels');
  const [wizard, setWizard] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [botOf, setBotOf] = useState<string | null>(null);
  const action = useAction();
  const items = list.data?.items ?? [];

  const test = (c: Channel) =>
    action.run(async () => {
      const r = await api<{ ok: boolean; message: string }>(`/channels/${c.id}/test`, { method: 'POST' });
      list.reload();
      if (!r.ok) throw new Error(`${c.name}: ${r.message}`);
      return `${c.name}: connection works (${r.message}).`;
    });
  const setStatus = (c: Channel, status: 'active' | 'disabled') =>
    action.run(async () => {
      await api(`/channels/${c.id}`, { method: 'PATCH', body: { status } });
      list.reload();
      return status === 'disabled' ? `${c.name} is disabled: its webhook no longer answers.` : `${c.name} is enabled again.`;
    });
  const remove = (c: Channel) => {
    if (!confirm(`Delete “${c.name}” with all its conversations? This cannot be undone. (Disable keeps the history.)`)) return;
    void action.run(async () => {
      await api(`/channels/${c.id}?purge=true`, { method: 'DELETE' });
      list.reload();
      return `${c.name} was deleted.`;
    });
  };

  return (
    <>
      <Section
        title="Channels"
        actions={
          <button type="button" onClick={() => setWizard(true)} disabled={wizard}>
            Connect a channel
          </button>
        }
      >
        {wizard ? (
          <Wizard
            onClose={() => setWizard(false)}
            onCreated={() => list.reload()}
          />
        ) : null}
        <Notice message={action.message ?? (list.error ? { kind: 'error', text: list.error } : null)} />
        {items.length === 0 && !list.loading ? <p>No channels yet: connect one to start receiving messages.</p> : null}
        <ul class="cards" aria-label="Connected channels">
          {items.map((c) => (
            <li key={c.id} class="channel" data-channel-id={c.id}>
              <div class="channel-head">
                <h3>{c.name}</h3>
                <span class="muted">{platformOf(c.type)?.label ?? c.type}</span>
                <Badge value={c.status} />
              </div>
              {c.statusReason ? <p class="muted">{c.statusReason}</p> : null}
              <CopyField label={`Webhook URL of ${c.name}`} value={c.webhookUrl} />
              {typeof c.settings.botUsername === 'string' ? <p class="muted">Bot: @{c.settings.botUsername}</p> : null}
              <p class="muted">Connected {formatDate(c.createdAt)}</p>
              <div class="actions">
                <button type="button" onClick={() => void test(c)} disabled={action.busy}>
                  Test connection
                </button>
                <button type="button" onClick={() => setEditing(editing === c.id ? null : c.id)} aria-expanded={editing === c.id}>
                  Edit
                </button>
                <button type="button" class="secondary" onClick={() => setBotOf(botOf === c.id ? null : c.id)} aria-expanded={botOf === c.id}>
                  Bot
                </button>
                {c.status === 'disabled' ? (
                  <button type="button" onClick={() => void setStatus(c, 'active')} disabled={action.busy}>
                    Enable
                  </button>
                ) : (
                  <button type="button" onClick={() => void setStatus(c, 'disabled')} disabled={action.busy}>
                    Disable
                  </button>
                )}
                <button type="button" class="danger" onClick={() => remove(c)} disabled={action.busy}>
                  Delete
                </button>
                {c.type === 'webchat' ? (
                  <>
                    <a href={`#/channels/${c.id}/widget`} class="button secondary" aria-label={`Widget settings of ${c.name}`}>
                      Widget
                    </a>
                    <a href={`/chat/${c.id}`} target="_blank" rel="noopener">
                      Open the chat page
                    </a>
                  </>
                ) : null}
              </div>
              {botOf === c.id ? <BotSettings channel={c} onClose={() => setBotOf(null)} /> : null}
              {editing === c.id ? (
                <EditChannel channel={c} onSaved={() => list.reload()} onClose={() => setEditing(null)} />
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function CredentialInputs({ platform, values, set, editing }: { platform: Platform; values: Record<string, string>; set(k: string, v: string): void; editing: boolean }) {
  return (
    <>
      {platform.fields.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          name={f.key}
          type={f.secret ? 'password' : 'text'}
          value={values[f.key] ?? ''}
          onInput={(v) => set(f.key, v)}
          required={!editing && !f.optional}
          help={editing && f.secret ? `${f.help} Leave blank to keep the current value.` : f.help}
          autoComplete="new-password"
        />
      ))}
    </>
  );
}

function Wizard({ onClose, onCreated }: { onClose(): void; onCreated(): void }) {
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [type, setType] = useState<ChannelType>('telegram');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<Channel | null>(null);
  const action = useAction();
  const platform = platformOf(type) ?? PLATFORMS[0]!;

  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const ch = await api<Channel>('/channels', { method: 'POST', body: { type, name: name.trim() || undefined, credentials: credentialsFrom(platform, values) } });
      setCreated(ch);
      setStep(3);
      onCreated();
      return `${ch.name} is connected.`;
    });
  };
  const test = () =>
    action.run(async () => {
      if (!created) return;
      const r = await api<{ ok: boolean; message: string }>(`/channels/${created.id}/test`, { method: 'POST' });
      onCreated();
      if (!r.ok) throw new Error(r.message);
      return `Connection works: ${r.message}.`;
    });

  return (
    <div class="wizard" role="group" aria-labelledby="wizard-title">
      <h3 id="wizard-title">
        Connect a channel — step {step} of 3
      </h3>
      {step === 1 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setValues({});
            setStep(2);
          }}
        >
          <fieldset>
            <legend>Platform</legend>
            <div class="choices">
              {PLATFORMS.map((p) => (
                <label key={p.type} class="choice">
                  <input type="radio" name="platform" value={p.type} checked={type === p.type} onChange={() => setType(p.type)} />
                  {p.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="actions">
            <button type="submit">Next</button>
            <button type="button" class="secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      ) : step === 2 ? (
        <form onSubmit={save}>
          <p>
            {platform.label}: the gateway checks these with {platform.label} when you save. They are stored encrypted and never shown again.
          </p>
          <Field label="Name" name="name" value={name} onInput={setName} placeholder={`${platform.label} support`} help="How this channel is called in the console and the inbox." />
          <CredentialInputs platform={platform} values={values} set={(k, v) => setValues({ ...values, [k]: v })} editing={false} />
          <div class="actions">
            <button type="submit" disabled={action.busy}>
              {action.busy ? 'Checking…' : 'Save and connect'}
            </button>
            <button type="button" class="secondary" onClick={() => setStep(1)}>
              Back
            </button>
          </div>
        </form>
      ) : created ? (
        <div>
          <p>
            <strong>{created.name}</strong> is connected. {platform.webhookHint}
          </p>
          <CopyField label="Webhook URL" value={created.webhookUrl} />
          {created.type === 'whatsapp_web' ? <WhatsAppWebLogin channelId={created.id} /> : null}
          {created.type === 'webchat' ? (
            <>
              <CopyField label="Embed snippet" value={embedSnippet(location.origin, created.id)} />
              <p>
                <a href={`#/channels/${created.id}/widget`}>Set the widget’s colour, logo and welcome message</a>
              </p>
            </>
          ) : null}
          <div class="actions">
            <button type="button" onClick={() => void test()} disabled={action.busy}>
              Test connection
            </button>
            <button type="button" class="secondary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      <Notice message={action.message} />
    </div>
  );
}

function EditChannel({ channel, onSaved, onClose }: { channel: Channel; onSaved(): void; onClose(): void }) {
  const platform = platformOf(channel.type);
  const [name, setName] = useState(channel.name);
  const [values, setValues] = useState<Record<string, string>>({});
  const action = useAction();
  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const credentials = platform ? credentialsFrom(platform, values) : {};
      const body: Record<string, unknown> = {};
      if (name.trim() && name.trim() !== channel.name) body.name = name.trim();
      if (Object.keys(credentials).length > 0) body.credentials = credentials;
      if (Object.keys(body).length === 0) return 'Nothing to change.';
      await api(`/channels/${channel.id}`, { method: 'PATCH', body });
      setValues({});
      onSaved();
      return body.credentials ? 'Saved: the new credentials were accepted by the platform.' : 'Saved.';
    });
  };
  return (
    <form class="edit" onSubmit={save} aria-label={`Edit ${channel.name}`}>
      <Field label="Name" name="name" value={name} onInput={setName} required />
      {platform ? <CredentialInputs platform={platform} values={values} set={(k, v) => setValues({ ...values, [k]: v })} editing /> : null}
      <FormActions submit={action.busy ? 'Saving…' : 'Save changes'} busy={action.busy} onClose={onClose} message={action.message} />
    </form>
  );
}

/** The WhatsApp Web session of a new connection: its state and, while it waits for a scan, the login QR code (polled). */
function WhatsAppWebLogin({ channelId }: { channelId: string }) {
  const session = useApi<{ state: string; qr: string | null; reason?: string }>(`/channels/${channelId}/whatsapp-web/session`);
  const state = session.data?.state ?? 'starting';
  useInterval(session.reload, 2000, state !== 'ready');
  return (
    <div class="wa-login" aria-live="polite">
      <p>
        Session: <Badge value={state} /> {session.data?.reason ?? ''}
      </p>
      {state === 'qr' && session.data?.qr?.startsWith('data:image/png') ? <img src={session.data.qr} alt="WhatsApp login QR code: scan it in WhatsApp → Linked devices" width={264} height={264} /> : null}
    </div>
  );
}

interface BotConfig {
  knowledgeBaseIds: string[] | null;
  answerThreshold: number | null;
  greeting: string | null;
  botName: string | null;
  effectiveThreshold: number;
}

/** The channel's bot: which knowledge bases it answers from, its confidence threshold, name and greeting. */
function BotSettings({ channel, onClose }: { channel: Channel; onClose(): void }) {
  const config = useApi<BotConfig>(`/channels/${channel.id}/bot`);
  const kbs = useApi<{ items: Array<{ id: string; name: string; status: string }> }>('/knowledge-bases');
  return config.data && kbs.data ? (
    <BotSettingsForm key={channel.id} channel={channel} initial={config.data} knowledgeBases={kbs.data.items} onClose={onClose} />
  ) : (
    <Notice message={config.error || kbs.error ? { kind: 'error', text: config.error ?? kbs.error ?? '' } : null} />
  );
}

function BotSettingsForm({ channel, initial, knowledgeBases, onClose }: { channel: Channel; initial: BotConfig; knowledgeBases: Array<{ id: string; name: string; status: string }>; onClose(): void }) {
  const [allKbs, setAllKbs] = useState(initial.knowledgeBaseIds === null);
  const [kbIds, setKbIds] = useState<string[]>(initial.knowledgeBaseIds ?? []);
  const [threshold, setThreshold] = useState(initial.answerThreshold === null ? '' : String(initial.answerThreshold));
  const [botName, setBotName] = useState(initial.botName ?? '');
  const [greeting, setGreeting] = useState(initial.greeting ?? '');
  const action = useAction();
  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      await api(`/channels/${channel.id}/bot`, {
        method: 'PUT',
        body: {
          knowledgeBaseIds: allKbs ? null : kbIds,
          answerThreshold: threshold.trim() ? Number(threshold) : null,
          botName: botName.trim() || null,
          greeting: greeting.trim() || null,
        },
      });
      return 'Bot settings saved.';
    });
  };
  return (
    <form class="edit" onSubmit={save} aria-label={`Bot of ${channel.name}`}>
      <fieldset>
        <legend>Answers from</legend>
        <label class="choice">
          <input type="radio" name={`kbs-${channel.id}`} checked={allKbs} onChange={() => setAllKbs(true)} />
          Every active knowledge base
        </label>
        <label class="choice">
          <input type="radio" name={`kbs-${channel.id}`} checked={!allKbs} onChange={() => setAllKbs(false)} />
          Only these:
        </label>
        <div class="choices">
          {knowledgeBases.map((k) => (
            <label key={k.id} class="choice">
              <input type="checkbox" disabled={allKbs} checked={!allKbs && kbIds.includes(k.id)} onChange={(e) => setKbIds((e.currentTarget as HTMLInputElement).checked ? [...kbIds, k.id] : kbIds.filter((x) => x !== k.id))} />
              {k.name}
              {k.status === 'ARCHIVED' ? ' (archived)' : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Answer threshold (0–1)" name="answerThreshold" type="number" min={0} max={1} step="0.01" value={threshold} onInput={setThreshold} help={`Below it the bot says it is not sure. Empty: the default (now ${initial.effectiveThreshold}).`} />
      <Field label="Bot name" name="botName" value={botName} onInput={setBotName} />
      <Field label="Greeting" name="greeting" value={greeting} onInput={setGreeting} help="Answers a hello and opens a new conversation; {botName} is replaced by the name." />
      <FormActions submit={'Save bot settings'} busy={action.busy} onClose={onClose} message={action.message} />
    </form>
  );
}
