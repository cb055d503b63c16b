/** The customer beside a ticket: profile, identities per channel, past conversations and tickets, CSAT, custom fields. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { channelIcon, channelName, clock } from './format.js';
import type { CustomerDetail, Feedback } from './types.js';

export function CustomerPanel(props: { customerId: string | null; conversationId: string | null; ticketId: string; version: number; shown: boolean; onClose: () => void }) {
  const [customer, setCustomer] = useState<CustomerDetail | null>(null);
  const [feedback, setFeedback] = useState<Feedback[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    setError(null);
    if (props.customerId)
      api<CustomerDetail>(`/customers/${props.customerId}`)
        .then((c) => !stale && setCustomer(c))
        .catch(() => !stale && setError('The customer profile could not be loaded.'));
    else setCustomer(null);
    if (props.conversationId)
      api<{ feedback: Feedback[] }>(`/conversations/${props.conversationId}`)
        .then((c) => !stale && setFeedback(c.feedback))
        .catch(() => undefined);
    else setFeedback([]);
    return () => {
      stale = true;
    };
  }, [props.customerId, props.conversationId, props.version]);

  const cls = `customer-panel ${props.shown ? 'shown' : ''}`;
  // On a narrow screen the panel slides over the conversation; this closes it.
  const close = (
    <button type="button" class="panel-close" onClick={props.onClose}>
      Close
    </button>
  );
  if (!props.customerId) return <aside class={cls} aria-label="Customer">{close}<p class="muted">No customer on this ticket.</p></aside>;
  if (error) return <aside class={cls} aria-label="Customer">{close}<p class="muted">{error}</p></aside>;
  if (!customer) return <aside class={cls} aria-label="Customer">{close}<p class="muted">Loading customer…</p></aside>;
  const fields = Object.entries(customer.customFields ?? {});
  const pastConversations = customer.conversations.filter((c) => c.id !== props.conversationId);
  const pastTickets = customer.tickets.filter((t) => t.id !== props.ticketId);
  return (
    <aside class={cls} aria-label="Customer">
      {close}
      <h3>{customer.name ?? 'Unnamed customer'}</h3>
      <dl class="facts">
        {customer.email && (<><dt>Email</dt><dd>{customer.email}</dd></>)}
        {customer.phone && (<><dt>Phone</dt><dd>{customer.phone}</dd></>)}
        {customer.language && (<><dt>Language</dt><dd>{customer.language}</dd></>)}
        {customer.tags.length > 0 && (<><dt>Tags</dt><dd>{customer.tags.join(', ')}</dd></>)}
        {fields.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
          </>
        ))}
      </dl>
      <h4>Channels</h4>
      <ul class="plain">
        {customer.identities.map((i) => (
          <li key={i.id}>
            <span aria-hidden="true">{channelIcon(i.channel)}</span> {channelName(i.channel)}: {i.displayName ?? i.externalUserId}
          </li>
        ))}
      </ul>
      <h4>Satisfaction</h4>
      {feedback.length === 0 ? (
        <p class="muted">No rating yet.</p>
      ) : (
        <ul class="plain">
          {feedback.map((f) => (
            <li key={f.id}>
              {f.rating !== null ? `${f.rating} / 5` : 'no rating'} {f.comment ? `— ${f.comment}` : ''} <time class="muted">{clock(f.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
      <h4>Past conversations</h4>
      {pastConversations.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul class="plain">
          {pastConversations.slice(0, 10).map((c) => (
            <li key={c.id}>
              <span aria-hidden="true">{channelIcon(c.channel)}</span> {c.status.toLowerCase()} · <time>{clock(c.lastMessageAt ?? c.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
      {pastTickets.length > 0 && (
        <>
          <h4>Other tickets</h4>
          <ul class="plain">
            {pastTickets.slice(0, 10).map((t) => (
              <li key={t.id}>
                <a href={`#${t.id}`}>{t.title ?? 'Ticket'}</a> · {t.status}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
