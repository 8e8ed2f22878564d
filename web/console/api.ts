/** The console's only way to the data: the public API with the signed-in key. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CaseEvent {
  at: string;
  by: string;
  status?: { from: string; to: string };
  note?: string;
  assignee?: string;
}

export interface FeedbackItem {
  feedbackId: string;
  customerId: string;
  channel: 'web' | 'email' | 'wechat' | 'sms';
  kind: 'message' | 'interaction';
  receivedAt: string;
  displayName?: string;
  /** false: the identities and the name are the sender's claims (absent on items from before it was recorded). */
  senderVerified?: boolean;
  text: string;
  subject?: string;
  /** Files the person sent, listed only: their content is never kept. */
  attachments?: { name: string; contentType: string; size: number }[];
  /** What the channel told of the item: an interaction's WeChat `event` or `smsKeyword`, among others. */
  metadata?: Record<string, string>;
  classification: {
    sentiment: { label: 'positive' | 'neutral' | 'negative'; score: number };
    complaintTypes: { type: string; confidence: number }[];
    intent: 'complaint' | 'praise' | 'suggestion' | 'inquiry' | 'other';
    urgent: boolean;
    urgentReason?: string;
    explanations: string[];
  };
  status: 'open' | 'acknowledged' | 'resolved' | 'reopened';
  assignee?: string;
  history?: CaseEvent[];
  /** Case changes older than `history` keeps: counted in the item's revision. */
  olderCaseChanges?: { count: number; status: string };
}

export interface CustomerView {
  customerId: string;
  identities: string[];
  verifiedIdentities: string[];
  displayName?: string;
  displayNameClaimed?: true;
  firstSeen: string;
  lastSeen: string;
  counts: { total: number; byChannel: Record<string, number>; bySentiment: Record<string, number>; complaints: number };
  mergedFrom: { mergeId: string; customerId: string; mergedAt: string; by: string; reason: string; identities: string[] }[];
  identityChanges: { identity: string; change: 'added' | 'verified' | 'removed'; at: string; by: string; reason: string }[];
  /** Identity changes older than the latest the customer keeps. */
  olderIdentityChanges?: number;
  /** Merges and undos a request cut short left under way: their items are still moving. */
  pendingWork?: { mergeId: string; customerId: string; step: 'merge' | 'undo' }[];
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export class Api {
  constructor(private readonly key: string) {}

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(path, {
      method,
      headers: { authorization: `Bearer ${this.key}`, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const payload = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    if (!response.ok) throw new ApiError(response.status, payload.error?.code ?? 'error', payload.error?.message ?? response.statusText);
    return payload as T;
  }

  get<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
    const search = params.toString();
    return this.request<T>('GET', search ? `${path}?${search}` : path);
  }
}

/** What a support person types, as the API's identity or customer id. */
export function identityQuery(input: string): { customerId: string } | { identity: string } {
  // A Chinese input method types full-width forms: ＠, ．, １３８…
  const value = input.normalize('NFKC').trim();
  if (/^cus_[0-9a-z]{26}$/.test(value)) return { customerId: value };
  if (/^(email|phone|wechat|wechatunion|form):/.test(value)) return { identity: value };
  if (value.includes('@')) return { identity: `email:${value}` };
  if (/^\+?[\d\s()-]{6,}$/.test(value)) return { identity: `phone:${value}` };
  return { identity: `wechat:${value}` };
}
