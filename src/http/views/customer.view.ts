/** The API's JSON for customers and their channel identities. */
import type { CustomerRow, CustomerService } from '../../customers/customer.service.js';

export function customerView(c: CustomerRow) {
  return {
    id: c.id,
    name: c.displayName,
    email: c.email,
    emailVerified: c.emailVerified,
    phone: c.phone,
    language: c.language,
    tags: c.tags,
    customFields: c.customFields,
    mergedIntoId: c.mergedIntoId,
    erasedAt: c.erasedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

type Detail = Awaited<ReturnType<CustomerService['get']>>;

export function customerDetailView(d: Detail) {
  return {
    ...customerView(d.customer),
    identities: d.identities.map((i) => ({
      id: i.id,
      channel: i.channel,
      connectionId: i.connectionId,
      externalUserId: i.externalUserId,
      displayName: i.displayName,
      language: i.language,
      status: i.status,
      createdAt: i.createdAt.toISOString(),
    })),
    conversations: d.conversations.map((c) => ({ ...c, lastMessageAt: c.lastMessageAt?.toISOString() ?? null, createdAt: c.createdAt.toISOString() })),
    tickets: d.tickets.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), closedAt: t.closedAt?.toISOString() ?? null })),
  };
}
