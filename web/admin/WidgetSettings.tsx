/**
 * Widget settings of one web chat channel (`#/channels/<id>/widget`): the
 * widget's look (colour, logo, bot name, welcome message, side, pre-chat form)
 * with a live preview that follows the form before anything is saved, and the
 * embed snippet.
 *
 * The look is stored with the channel's bot (`PUT /api/v1/channels/:id/bot`
 * `{ botName, widget }`); that endpoint replaces the whole bot config, so a
 * save re-reads it and sends the other settings (knowledge bases, threshold,
 * greeting) back unchanged. What the widget finally shows is
 * `GET /api/v1/webchat/:id/config`.
 */
import { useMemo, useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { chatTheme, contrast } from '../shared/chat-theme.js';
import { useAction, useApi } from './admin-hooks.js';
import { Checkbox, CopyField, Field, Notice, Section } from './admin-ui.js';
import type { Channel } from './Channels.js';

/** What the web chat shows when no colour is set (the gateway's default, see the public config). */
export const DEFAULT_COLOR = '#1f5fbf';
/** The gateway's welcome message when neither the widget, the channel nor the bot's greeting sets one. */
const DEFAULT_WELCOME = 'Hi! How can we help you today?';
const HEX = /^#[0-9a-f]{6}$/i;

interface WidgetLook {
  color?: string;
  logoUrl?: string;
  welcomeMessage?: string;
  position?: 'left' | 'right';
  preChatForm?: boolean;
}

interface BotConfig {
  knowledgeBaseIds: string[] | null;
  answerThreshold: number | null;
  greeting: string | null;
  botName: string | null;
  widget: WidgetLook | null;
}

/** `GET /api/v1/webchat/:id/config`: what the widget uses now, defaults filled in. */
interface PublicConfig {
  botName: string;
  welcomeMessage: string;
  color: string;
  logoUrl: string | null;
  position: 'left' | 'right';
  preChatForm: boolean;
}

export interface WidgetForm {
  color: string;
  logoUrl: string;
  botName: string;
  welcomeMessage: string;
  position: 'left' | 'right';
  preChatForm: boolean;
}

export function embedSnippet(origin: string, channelId: string): string {
  return `<script src="${origin}/widget.js" data-connection="${channelId}" async></script>`;
}

export function WidgetSettings({ channelId }: { channelId: string }) {
  const channel = useApi<Channel>(`/channels/${channelId}`);
  const bot = useApi<BotConfig>(`/channels/${channelId}/bot`);
  const error = channel.error ?? bot.error;
  const ready = channel.data && bot.data;
  return (
    <Section
      title={channel.data ? `Widget of ${channel.data.name}` : 'Widget settings'}
      actions={
        <a href="#/channels" class="button secondary">
          Back to channels
        </a>
      }
    >
      {error ? <Notice message={{ kind: 'error', text: error }} /> : null}
      {!error && !ready ? <p role="status">Loading…</p> : null}
      {ready && channel.data!.type !== 'webchat' ? (
        <p role="alert">{channel.data!.name} is not a web chat channel: only web chat has a widget.</p>
      ) : ready ? (
        <WidgetEditor key={channelId} channel={channel.data!} initial={bot.data!} />
      ) : null}
    </Section>
  );
}

function WidgetEditor({ channel, initial }: { channel: Channel; initial: BotConfig }) {
  const w = initial.widget ?? {};
  const [form, setForm] = useState<WidgetForm>({
    color: w.color ?? DEFAULT_COLOR,
    logoUrl: w.logoUrl ?? '',
    botName: initial.botName ?? '',
    welcomeMessage: w.welcomeMessage ?? '',
    position: w.position ?? 'right',
    preChatForm: w.preChatForm ?? false,
  });
  const set = <K extends keyof WidgetForm>(k: K, v: WidgetForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  // Without a welcome message of its own the widget falls back (the channel's, the bot's greeting, a default): preview that one.
  const live = useApi<PublicConfig>(`/webchat/${channel.id}/config`);
  const fromGreeting = (name: string) => initial.greeting?.replaceAll('{botName}', name).trim();
  const fallbackWelcome = (name: string): string => {
    const now = !w.welcomeMessage ? live.data : null;
    // The greeting names the bot: follow the name being typed.
    if (now && now.welcomeMessage !== fromGreeting(now.botName)) return now.welcomeMessage;
    return fromGreeting(name) ?? DEFAULT_WELCOME;
  };
  const action = useAction();

  const save = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      // The bot config is replaced as a whole: what this form does not show is sent back as it is now.
      const current = await api<BotConfig>(`/channels/${channel.id}/bot`);
      const widget: WidgetLook = { color: form.color.trim(), position: form.position, preChatForm: form.preChatForm };
      if (form.logoUrl.trim()) widget.logoUrl = form.logoUrl.trim();
      if (form.welcomeMessage.trim()) widget.welcomeMessage = form.welcomeMessage.trim();
      await api(`/channels/${channel.id}/bot`, {
        method: 'PUT',
        body: {
          knowledgeBaseIds: current.knowledgeBaseIds,
          answerThreshold: current.answerThreshold,
          greeting: current.greeting,
          botName: form.botName.trim() || null,
          widget,
        },
      });
      live.reload();
      return 'Widget settings saved: visitors see them the next time the chat loads.';
    });
  };

  const hexOk = HEX.test(form.color.trim());
  const theme = chatTheme(form.color, DEFAULT_COLOR);
  const ratio = contrast(theme.accent, theme.onAccent);
  const botName = form.botName.trim() || 'Assistant';

  return (
    <div class="widget-settings">
      <form class="widget-form" onSubmit={save} aria-label={`Widget settings of ${channel.name}`} noValidate>
        <div class="field">
          <label for="widget-color-picker">Accent colour</label>
          <div class="row color-row">
            <input
              id="widget-color-picker"
              type="color"
              name="colorPicker"
              value={hexOk ? form.color.trim().toLowerCase() : theme.accent}
              onInput={(e) => set('color', (e.currentTarget as HTMLInputElement).value)}
              aria-describedby="widget-color-help"
            />
            <label class="visually-hidden" for="widget-color">
              Accent colour (hex)
            </label>
            <input
              id="widget-color"
              name="color"
              value={form.color}
              onInput={(e) => set('color', (e.currentTarget as HTMLInputElement).value)}
              aria-describedby="widget-color-help"
              aria-invalid={hexOk ? undefined : 'true'}
              spellcheck={false}
              autoComplete="off"
              maxLength={7}
            />
          </div>
          <small id="widget-color-help" class="help" aria-live="polite">
            {hexOk
              ? `Launcher, header and the visitor’s messages. Text on it is ${theme.onAccent === '#ffffff' ? 'white' : 'black'} (contrast ${ratio.toFixed(1)}:1${ratio >= 4.5 ? '' : ', below 4.5:1: pick a darker or lighter colour'}).`
              : 'Write it as #rrggbb (for example #1f5fbf).'}
          </small>
        </div>
        <Field label="Logo URL" name="logoUrl" type="url" value={form.logoUrl} onInput={(v) => set('logoUrl', v)} placeholder="https://example.com/logo.png" help="An https address of a square image. Empty: the bot’s initials." />
        <Field label="Bot name" name="botName" value={form.botName} onInput={(v) => set('botName', v)} placeholder="Assistant" help="Shown in the chat header and beside the bot’s messages." />
        <Field
          label="Welcome message"
          name="welcomeMessage"
          multiline
          rows={3}
          value={form.welcomeMessage}
          onInput={(v) => set('welcomeMessage', v)}
          help="Shown when the chat opens, before the visitor writes. Empty: the channel’s default greeting."
        />
        <fieldset>
          <legend>Position</legend>
          <div class="choices">
            {(['left', 'right'] as const).map((p) => (
              <label key={p} class="choice">
                <input type="radio" name="position" value={p} checked={form.position === p} onChange={() => set('position', p)} />
                {p === 'left' ? 'Bottom left' : 'Bottom right'}
              </label>
            ))}
          </div>
        </fieldset>
        <Checkbox label="Ask for name and email before the chat (pre-chat form)" name="preChatForm" checked={form.preChatForm} onChange={(v) => set('preChatForm', v)} />
        <div class="actions">
          <button type="submit" disabled={action.busy}>
            {action.busy ? 'Saving…' : 'Save widget settings'}
          </button>
          <a href={`/chat/${channel.id}`} target="_blank" rel="noopener">
            Open the chat page
          </a>
        </div>
        <Notice message={action.message} />
        <CopyField label="Embed snippet" value={embedSnippet(location.origin, channel.id)} />
        <p class="help">Paste it before the closing &lt;/body&gt; tag of every page that should show the chat.</p>
      </form>
      <WidgetPreview form={form} botName={botName} welcome={form.welcomeMessage.trim() || fallbackWelcome(botName)} />
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** The bot's logo, or its initials while there is none or it does not load. */
function PreviewAvatar({ name, logoUrl }: { name: string; logoUrl: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (logoUrl && failed !== logoUrl) return <img class="pv-avatar" src={logoUrl} alt="" width={28} height={28} onError={() => setFailed(logoUrl)} />;
  return (
    <span class="pv-avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/**
 * The launcher and an open chat panel as a visitor would see them, drawn from
 * the form as it is now (not from what is saved). Same colours as the chat
 * page (chat-theme.ts), set as CSS variables through the CSSOM: the console's
 * CSP allows no inline style attribute.
 */
export function WidgetPreview({ form, botName, welcome }: { form: WidgetForm; botName: string; welcome: string }) {
  const theme = useMemo(() => chatTheme(form.color, DEFAULT_COLOR), [form.color]);
  const style = { '--pv-accent': theme.accent, '--pv-on-accent': theme.onAccent, '--pv-accent-ink': theme.accentInk } as Record<string, string>;
  const logo = /^https?:\/\//i.test(form.logoUrl.trim()) ? form.logoUrl.trim() : '';
  return (
    <figure class="widget-preview" aria-labelledby="widget-preview-title">
      <figcaption id="widget-preview-title">
        Live preview <span class="muted">(follows the form; not saved yet)</span>
      </figcaption>
      <div class={`pv-page pv-${form.position}`} style={style} data-position={form.position} data-accent={theme.accent}>
        <div class="pv-panel" role="group" aria-label={`Chat panel preview of ${botName}`}>
          <div class="pv-header">
            <PreviewAvatar name={botName} logoUrl={logo} />
            <div>
              <p class="pv-title">{botName}</p>
              <p class="pv-subtitle">We usually answer right away</p>
            </div>
          </div>
          <div class="pv-body">
            <div class="pv-who">
              <PreviewAvatar name={botName} logoUrl={logo} />
              <span>{botName}</span>
            </div>
            <p class="pv-bubble pv-welcome">{welcome}</p>
            {form.preChatForm ? (
              <div class="pv-prechat">
                <p>Before we start, tell us who you are (optional).</p>
                <span class="pv-input">Name</span>
                <span class="pv-input">Email</span>
                <span class="pv-button">Start chat</span>
              </div>
            ) : (
              <p class="pv-bubble pv-visitor">Hello! Where is my order?</p>
            )}
          </div>
          <div class="pv-composer">
            <span class="pv-input">Write a message…</span>
            <span class="pv-button">Send</span>
          </div>
        </div>
        <span class="pv-launcher" role="img" aria-label={`Chat launcher, bottom ${form.position}`}>
          <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
          </svg>
        </span>
      </div>
      {form.logoUrl.trim().toLowerCase().startsWith('http://') ? <p class="help">The chat page shows logos over https only.</p> : null}
    </figure>
  );
}
