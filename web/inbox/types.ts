/** The API's JSON as the agent workspace reads it (src/http/views). */
export type TicketStatus = 'new' | 'open' | 'pending' | 'resolved' | 'closed';
export type Priority = 'low' | 'medium' | 'high' | 'urgent';

export interface Ticket {
  id: string;
  conversationId: string | null;
  customerId: string | null;
  title: string;
  description: string | null;
  status: TicketStatus;
  priority: Priority;
  sourceChannel: string | null;
  assigneeId: string | null;
  teamId: string | null;
  escalationEvidence: Record<string, unknown>;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  slaBreached: boolean;
  sla: { paused: boolean; firstResponseBreached: boolean; resolutionBreached: boolean };
  /** List items only. */
  customerName?: string | null;
  lastMessageAt?: string | null;
  unread?: number;
  waitingSince?: string | null;
}

export interface Attachment {
  id?: string;
  url?: string;
  name?: string;
  fileName?: string;
  mimeType?: string;
  contentType?: string | null;
  size?: number | null;
  status?: string;
}

export interface Message {
  id: string;
  direction: 'in' | 'out';
  senderType: 'customer' | 'bot' | 'agent' | 'system';
  kind: string;
  text: string;
  deliveryStatus: string | null;
  createdAt: string;
  attachments?: Attachment[];
}

export interface TicketEvent {
  id: string;
  type: string;
  content: string | null;
  fieldName: string | null;
  oldValue: string | null;
  newValue: string | null;
  agentId: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface TicketDetail extends Ticket {
  history: TicketEvent[];
  messages: Message[];
}

export interface Agent {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  team: string | null;
}

export interface Team {
  id: string;
  name: string;
}

export interface Canned {
  id: string;
  shortcut: string;
  text: string;
}

export interface CustomerDetail {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
  identities: Array<{ id: string; channel: string; externalUserId: string; displayName: string | null }>;
  conversations: Array<{ id: string; channel: string; status: string; lastMessageAt: string | null; createdAt: string }>;
  tickets: Array<{ id: string; title?: string; status: string; createdAt: string; closedAt: string | null }>;
}

export interface Feedback {
  id: string;
  ticketId: string | null;
  rating: number | null;
  comment: string | null;
  createdAt: string;
}
