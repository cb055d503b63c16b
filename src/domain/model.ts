/**
 * The unified conversation model shared by every channel. Pure types and
 * constants, no I/O. The database schema (`drizzle/schema.ts`) uses these
 * value lists so the two cannot drift.
 */
export const CHANNEL_TYPES = ['telegram', 'line', 'teams', 'whatsapp', 'whatsapp_web', 'webchat', 'wechat'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const MESSAGE_KINDS = ['text', 'image', 'file', 'buttons', 'button_reply', 'location'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Seed 002 lifecycle: NEW → ACTIVE → ESCALATED | COMPLETED (and back to ACTIVE on hand-back). */
export const CONVERSATION_STATUSES = ['NEW', 'ACTIVE', 'ESCALATED', 'COMPLETED'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const DIRECTIONS = ['in', 'out'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SENDER_TYPES = ['customer', 'bot', 'agent', 'system'] as const;
export type SenderType = (typeof SENDER_TYPES)[number];

/** Outbound delivery; `delivered`/`read` come from platform receipts where they exist. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What the worker did with an inbound message. */
export const PROCESSING_STATUSES = ['pending', 'replied', 'skipped'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

/** Staff roles: agent < supervisor (every ticket of the tenant, team analytics) < admin; analyst reads reports. */
export const USER_ROLES = ['admin', 'agent', 'analyst', 'supervisor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * A staff user's status: presence (`active`, `away`, `offline` — only `active`
 * agents are assigned work) or `deactivated`, which ends the user's access:
 * every key of theirs fails on its next request and their open streams close.
 */
export const USER_STATUSES = ['active', 'away', 'offline', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const CONNECTION_STATUSES = ['active', 'disabled', 'error'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** Seeds 003/004 ticket lifecycle: new (unassigned) → open → pending (waiting for the customer; SLA paused) → resolved → closed. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Entities that carry custom fields, and the field types (seed 000 CustomField). */
export const CUSTOM_FIELD_ENTITIES = ['ticket', 'customer', 'conversation'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'dropdown'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** One row of a ticket's history (`ticket_events.type`). */
export const TICKET_EVENT_TYPES = [
  'message',
  'status-update',
  'priority-changed',
  'field-added',
  'field-removed',
  'assignment-added',
  'assignment-removed',
  'tag-added',
  'tag-removed',
  'note-added',
  'escalated',
  'feedback',
  'sla-warning',
  'sla-breach',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** Who did something to a ticket (`ticket_events.role`). */
export const TICKET_EVENT_ROLES = ['agent', 'customer', 'bot', 'system'] as const;
export type TicketEventRole = (typeof TICKET_EVENT_ROLES)[number];

/** Public events are part of the conversation; private ones (notes, escalation evidence) are for staff only. */
export type TicketEventVisibility = 'public' | 'private';

/** The staff member (or the system) acting on a ticket. */
export interface Actor {
  userId: string | null;
  role: TicketEventRole;
}

/** A file of a message as the API shows it (`url` needs the API key; the web chat gets signed `/files/` links instead). */
export interface AttachmentJson {
  id: string;
  fileName: string;
  contentType: string | null;
  size: number | null;
  /** `/api/v1/attachments/:id`; null while the file is not stored (status too_large, failed, pending). */
  url: string | null;
  status: 'stored' | 'too_large' | 'failed' | 'pending';
}

/** A message as the API and the web chat stream show it. */
export interface MessageJson {
  id: string;
  conversationId: string;
  direction: Direction;
  senderType: string;
  kind: string;
  text: string;
  payload: Record<string, unknown>;
  deliveryStatus: string | null;
  deliveryError: string | null;
  /** The message's files (src/attachments); empty when it has none. */
  attachments?: AttachmentJson[];
  createdAt: string;
}

/** Seed 000 KnowledgeBaseItem types. */
export const DOCUMENT_TYPES = ['article', 'faq', 'document', 'upload'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * A knowledge base's own unsure threshold, derived from questions it asks itself when it is (re)indexed
 * (src/rag/kb-calibration.ts); stored with the knowledge base.
 */
export interface KbCalibration {
  /** The threshold in force for the knowledge base: the derived one, or the default when `source` is `default`. */
  threshold: number;
  source: 'calibrated' | 'default';
  /** Why the default was kept (too few articles or probes). */
  reason?: string;
  /** Published, indexed articles probed. */
  documents: number;
  /** Probes asked: answerable, adjacent off-topic (the knowledge base's words, no article answering), general knowledge. */
  probes: { answerable: number; adjacent: number; general: number };
  /** Medians of the answerable and adjacent probes' confidences (null: no probe of that kind). */
  answerableMedian: number | null;
  adjacentMedian: number | null;
  calibratedAt: string;
}
