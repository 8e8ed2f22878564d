import { Api, ApiError, identityQuery, type CustomerView, type FeedbackItem, type Page } from './api.ts';
import { barChart, stackedBarChart } from './charts.ts';
import { h, mount, said } from './dom.ts';
import { reasonForm } from './reason-form.ts';
import { MESSAGES, type Language, type Messages } from './i18n.ts';

const KEY_STORAGE = 'feedback-console-key';
const LANGUAGE_STORAGE = 'feedback-console-language';
const FILTERS = ['status', 'intent', 'sentiment', 'type', 'channel', 'urgent', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

interface Session {
  api: Api;
  me: { name: string; scope: 'read' | 'write' | 'admin' };
  complaintTypes: { id: string; labelZh: string; labelEn: string }[];
}

let language: Language = (localStorage.getItem(LANGUAGE_STORAGE) as Language | null) ?? 'zh';
let t: Messages = MESSAGES[language];
let session: Session | undefined;
const root = document.getElementById('app')!;

function setLanguage(next: Language) {
  language = next;
  t = MESSAGES[next];
  localStorage.setItem(LANGUAGE_STORAGE, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  document.title = t.title;
}

function announce(message: string) {
  const region = document.getElementById('announcer');
  if (region) region.textContent = message;
}

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

const canWrite = () => session?.me.scope === 'write' || session?.me.scope === 'admin';

// ── sign in ───────────────────────────────────────────────────────────────

async function signIn(key: string): Promise<boolean> {
  const api = new Api(key);
  try {
    const [me, types] = await Promise.all([api.get<Session['me']>('/v1/me'), api.get<{ items: Session['complaintTypes'] }>('/v1/complaint-types')]);
    session = { api, me, complaintTypes: types.items };
    sessionStorage.setItem(KEY_STORAGE, key);
    return true;
  } catch {
    return false;
  }
}

function signInView() {
  const error = h('p', { class: 'error', role: 'alert' });
  const input = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { class: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, t.signInTitle),
    h('p', {}, t.signInHelp),
    h('label', { for: 'api-key' }, t.apiKey),
    input,
    h('button', { type: 'submit', class: 'primary' }, t.signIn),
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await signIn(input.value.trim())) {
      location.hash = '#/queue';
      render();
    } else {
      error.textContent = t.badKey;
      input.focus();
    }
  });
  return h('main', { id: 'main', class: 'narrow' }, form);
}

// ── layout ────────────────────────────────────────────────────────────────

function layout(current: string, content: HTMLElement) {
  const link = (href: string, label: string, name: string) =>
    h('a', { href, ...(current === name ? { 'aria-current': 'page' } : {}) }, label);
  // Named in the language it switches to, as language pickers are; the title says it in this one.
  const languageButton = h('button', { type: 'button', class: 'ghost', lang: language === 'zh' ? 'en' : 'zh', title: t.languageLabel }, t.language);
  languageButton.addEventListener('click', () => {
    setLanguage(language === 'zh' ? 'en' : 'zh');
    render();
  });
  const signOut = h('button', { type: 'button', class: 'ghost' }, t.signOut);
  signOut.addEventListener('click', () => {
    sessionStorage.removeItem(KEY_STORAGE);
    session = undefined;
    location.hash = '';
    render();
  });
  return [
    h('a', { href: '#main', class: 'skip' }, t.skip),
    h(
      'header',
      { class: 'top' },
      h('span', { class: 'brand' }, t.title),
      h('nav', { 'aria-label': t.title }, link('#/queue', t.navQueue, 'queue'), link('#/search', t.navCustomers, 'search'), link('#/dashboard', t.navDashboard, 'dashboard')),
      h('span', { class: 'who' }, `${t.signedInAs}: `, said(session!.me.name), ` (${session!.me.scope})`),
      languageButton,
      signOut,
    ),
    h('main', { id: 'main', tabindex: '-1' }, content),
  ];
}

// ── badges and items ──────────────────────────────────────────────────────

/** What an interaction was, as its channel named it: the SMS keyword, or WeChat's event. */
function interactionName(item: FeedbackItem): string | undefined {
  const keyword = item.metadata?.['smsKeyword'];
  if (keyword) return t.smsKeywordNames[keyword] ?? keyword;
  return item.metadata?.['event'];
}

function badges(item: FeedbackItem) {
  const c = item.classification;
  const channel = h('li', { class: `badge channel-${item.channel}` }, t.channelNames[item.channel]);
  if (item.kind === 'interaction') {
    // Never classified nor a case: a sentiment, intent or status badge would tell what was never decided.
    const name = interactionName(item);
    return h('ul', { class: 'badges', 'aria-label': t.channel }, channel, h('li', { class: 'badge interaction', title: t.interactionHelp }, t.interaction, ...(name ? [': ', said(name)] : [])));
  }
  return h(
    'ul',
    { class: 'badges', 'aria-label': `${t.channel}, ${t.sentiment}, ${t.type}` },
    c.urgent ? h('li', { class: 'badge urgent' }, t.urgent) : null,
    channel,
    item.senderVerified === false ? h('li', { class: 'badge unverified', title: t.unverifiedHelp }, t.unverifiedSender) : null,
    h('li', { class: `badge sentiment-${c.sentiment.label}` }, t.sentimentNames[c.sentiment.label]),
    h('li', { class: 'badge intent' }, t.intentNames[c.intent]),
    ...c.complaintTypes.map((ct) => h('li', { class: 'badge type' }, typeLabel(ct.type))),
    h('li', { class: `badge status-${item.status}` }, t.statusNames[item.status]),
    item.assignee ? h('li', { class: 'badge assignee' }, `${t.assignee}: `, said(item.assignee)) : null,
  );
}

/** The subject and the text as two isolated runs: an override in the subject cannot reach the text. */
function messageText(item: FeedbackItem) {
  return h('p', { class: 'text' }, ...(item.subject ? [said(item.subject), ' — '] : []), said(item.text));
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB'];
function byteSize(size: number): string {
  const power = Math.min(BYTE_UNITS.length - 1, Math.floor(Math.log(Math.max(size, 1)) / Math.log(1024)));
  return `${power ? (size / 1024 ** power).toFixed(1) : size} ${BYTE_UNITS[power]}`;
}

/** The files a person sent, each name its own isolated run: a name is someone else's text too. */
function attachmentList(item: FeedbackItem) {
  if (!item.attachments?.length) return null;
  return h(
    'ul',
    { class: 'attachments', 'aria-label': t.attachments },
    ...item.attachments.map((file) => h('li', {}, said(file.name), ' · ', said(file.contentType), ` · ${byteSize(file.size)}`)),
  );
}

function queueItem(item: FeedbackItem) {
  return h(
    'li',
    { class: `item${item.classification.urgent ? ' is-urgent' : ''}`, 'data-feedback-id': item.feedbackId },
    h('div', { class: 'item-head' }, badges(item), h('time', { datetime: item.receivedAt }, dateTime(item.receivedAt))),
    messageText(item),
    attachmentList(item),
    // The reason quotes the customer's words: isolated like them, or right-to-left text in the quote reorders the label.
    item.classification.urgentReason ? h('p', { class: 'reason' }, `${t.reason}: `, said(item.classification.urgentReason)) : null,
    h('a', { href: `#/customer/${item.customerId}?focus=${item.feedbackId}`, class: 'open-timeline' }, t.openTimeline, ...(item.displayName ? [' — ', said(item.displayName)] : [])),
  );
}

function typeLabel(id: string): string {
  const type = session?.complaintTypes.find((t) => t.id === id);
  return type ? (language === 'zh' ? type.labelZh : type.labelEn) : id;
}

// ── queue ─────────────────────────────────────────────────────────────────

function queueFilters(): Filters {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  return Object.fromEntries(FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
}

function select(name: string, label: string, options: [string, string][], value: string | undefined, anyLabel = t.any) {
  const id = `filter-${name}`;
  const element = h('select', { id, name }, h('option', { value: '' }, anyLabel), ...options.map(([v, text]) => h('option', { value: v, ...(v === value ? { selected: true } : {}) }, text)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), element);
}

function input(name: string, label: string, type: string, value: string | undefined, attributes: Record<string, string> = {}) {
  const id = `filter-${name}`;
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name, type, value: value ?? '', ...attributes }));
}

async function queueView() {
  const filters = queueFilters();
  const entries = <K extends string>(names: Record<K, string>) => Object.entries(names) as [string, string][];
  const form = h(
    'form',
    { class: 'filters', 'aria-labelledby': 'filters-title' },
    h('h2', { id: 'filters-title', class: 'visually-hidden' }, t.filters),
    select('status', t.status, entries(t.statusNames), filters.status, t.activeQueue),
    select('intent', t.intent, entries(t.intentNames), filters.intent),
    select('sentiment', t.sentiment, entries(t.sentimentNames), filters.sentiment),
    input('type', t.type, 'text', filters.type, { list: 'complaint-types', autocomplete: 'off', pattern: '[a-z][a-z0-9_\\-]*' }),
    select('channel', t.channel, entries(t.channelNames), filters.channel),
    select('urgent', t.urgent, [['true', t.yes], ['false', t.no]], filters.urgent),
    input('from', t.from, 'date', filters.from),
    input('to', t.to, 'date', filters.to),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.apply), h('a', { href: '#/queue', class: 'button ghost' }, t.reset)),
    h('datalist', { id: 'complaint-types' }, ...session!.complaintTypes.map((type) => h('option', { value: type.id }, typeLabel(type.id)))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) params.set(name, value);
    }
    location.hash = `#/queue?${params}`;
  });
  const list = h('ol', { class: 'items', 'aria-labelledby': 'queue-title' });
  const more = h('button', { type: 'button', class: 'ghost', hidden: true }, t.loadMore);
  const status = h('p', { class: 'muted' }, t.loading);
  let cursor: string | undefined;
  // A rare filter may end a page short (the API bounds what one request reads): read on a little.
  const load = async () => {
    let shown = 0;
    for (let request = 0; request < 5 && shown < 20; request += 1) {
      const page = await session!.api.get<Page<FeedbackItem>>('/v1/feedback', { ...filters, limit: String(20 - shown), cursor });
      for (const item of page.items) list.append(queueItem(item));
      shown += page.items.length;
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    more.hidden = !cursor;
    status.textContent = list.children.length === 0 && !cursor ? t.noItems : '';
  };
  // One page at a time: a second click while one loads would read the same cursor again.
  more.addEventListener('click', () => {
    more.disabled = true;
    void load()
      .catch(showError)
      .finally(() => (more.disabled = false));
  });
  const view = h('section', { class: 'queue' }, h('h1', { id: 'queue-title' }, t.navQueue), form, status, list, more);
  await load().catch((error) => {
    status.textContent = error instanceof ApiError ? `${t.error}: ${error.message}` : t.error;
  });
  return view;
}


// ── customers ─────────────────────────────────────────────────────────────

function searchView(message = '') {
  const field = h('input', { id: 'customer-search', name: 'q', type: 'search', required: true, autocomplete: 'off' });
  const result = h('p', { class: 'error', role: 'alert' }, message);
  const form = h(
    'form',
    { class: 'card search', role: 'search', 'aria-labelledby': 'search-title' },
    h('h1', { id: 'search-title' }, t.navCustomers),
    h('label', { for: 'customer-search' }, t.searchLabel),
    h('div', { class: 'row' }, field, h('button', { type: 'submit', class: 'primary' }, t.search)),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = identityQuery(field.value);
    try {
      const customer =
        'customerId' in query
          ? await session!.api.get<CustomerView>(`/v1/customers/${query.customerId}`)
          : await session!.api.get<CustomerView>('/v1/customers', { identity: query.identity });
      location.hash = `#/customer/${customer.customerId}`;
    } catch (error) {
      result.textContent = error instanceof ApiError && error.status === 404 ? t.notFound : error instanceof ApiError ? error.message : t.error;
    }
  });
  queueMicrotask(() => field.focus());
  return form;
}

/** An item by its id (the digests link items so): shown in its customer's timeline. */
async function feedbackView(feedbackId: string) {
  let item: FeedbackItem;
  try {
    item = await session!.api.get<FeedbackItem>(`/v1/feedback/${encodeURIComponent(feedbackId)}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return searchView(t.notFound);
    throw error;
  }
  return customerView(item.customerId, feedbackId);
}

async function customerView(customerId: string, focus?: string) {
  const api = session!.api;
  let customer: CustomerView;
  try {
    customer = await api.get<CustomerView>(`/v1/customers/${encodeURIComponent(customerId)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return searchView(t.notFound);
    throw error;
  }
  const items: FeedbackItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<FeedbackItem>>(`/v1/customers/${customer.customerId}/timeline`, { limit: '100', cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < 500);

  const exportButton = h('button', { type: 'button', class: 'ghost' }, t.export);
  exportButton.addEventListener('click', async () => {
    // One file of every item, however many pages the API answered it in.
    // A page names the identities its own items carry: the file names those of every page.
    type ExportPage = { identities: string[]; items: unknown[]; nextCursor?: string };
    const data = await api.get<ExportPage>(`/v1/customers/${customer.customerId}/export`);
    for (let cursor = data.nextCursor; cursor; ) {
      const page = await api.get<ExportPage>(`/v1/customers/${customer.customerId}/export`, { cursor });
      data.items.push(...page.items);
      data.identities = [...new Set([...data.identities, ...page.identities])].sort();
      cursor = page.nextCursor;
    }
    delete data.nextCursor;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = h('a', { href: url, download: `${customer.customerId}.json` });
    a.click();
    URL.revokeObjectURL(url);
  });
  const eraseButton = session!.me.scope === 'admin' ? h('button', { type: 'button', class: 'danger' }, t.erase) : null;
  eraseButton?.addEventListener('click', async () => {
    if (!confirm(t.eraseConfirm)) return;
    await api.request('DELETE', `/v1/customers/${customer.customerId}`);
    announce(t.erased);
    location.hash = '#/search';
  });

  const profile = h(
    'section',
    { class: 'card profile', 'aria-labelledby': 'customer-title' },
    h('h1', { id: 'customer-title' }, said(customer.displayName ?? customer.customerId), ...(customer.displayNameClaimed ? [' ', unverifiedMark()] : [])),
    h(
      'dl',
      {},
      h('dt', {}, 'ID'),
      h('dd', {}, h('code', {}, customer.customerId)),
      h('dt', {}, t.identities),
      h(
        'dd',
        {},
        h('ul', { class: 'plain' }, ...customer.identities.map((identity) => h('li', {}, h('code', {}, said(identity)), ...(customer.verifiedIdentities.includes(identity) ? [] : [' ', unverifiedMark()]), ' ', removeIdentityButton(customer, identity)))),
      ),
      h('dt', {}, t.firstSeen),
      h('dd', {}, dateTime(customer.firstSeen)),
      h('dt', {}, t.lastSeen),
      h('dd', {}, dateTime(customer.lastSeen)),
      h('dt', {}, t.messages),
      h('dd', {}, `${customer.counts.total} · ${t.complaints} ${customer.counts.complaints}`),
    ),
    claimsShown(customer) ? h('p', { class: 'muted unverified-help' }, t.unverifiedHelp) : null,
    pendingWorkNotice(customer),
    identitiesSection(customer),
    await mergesSection(customer),
    h('div', { class: 'actions' }, exportButton, eraseButton),
  );
  const timeline = h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, t.timeline),
    h('ol', { class: 'items' }, ...items.map((item) => timelineItem(item))),
  );
  const view = h('div', { class: 'customer' }, profile, timeline);
  if (focus) queueMicrotask(() => view.querySelector<HTMLElement>(`[data-feedback-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' }));
  return view;
}

/** A claim anyone could have typed, shown as such beside a name or an identity. */
function unverifiedMark() {
  return h('span', { class: 'badge unverified', title: t.unverifiedHelp }, t.unverified);
}

function claimsShown(customer: CustomerView): boolean {
  return !!customer.displayNameClaimed || customer.identities.some((identity) => !customer.verifiedIdentities.includes(identity));
}

/** Changes the API made to the customer's identities (who, when, why), and a form to add a verified one. */
function identitiesSection(customer: CustomerView) {
  const changes = customer.identityChanges.map((change) =>
    h('li', {}, `${t.identityChange[change.change]} `, h('code', {}, said(change.identity)), ` · ${dateTime(change.at)} · ${t.by} `, said(change.by), ' · ', said(change.reason)),
  );
  const form = canWrite()
    ? reasonForm({
        name: 'identity',
        title: t.addIdentity,
        value: { id: 'identity-new', label: t.addIdentityLabel, attributes: { name: 'identity' } },
        reasonLabel: t.identityReason,
        submit: t.addIdentity,
        onSubmit: (value, reason) => {
          const typed = identityQuery(value);
          if (!('identity' in typed)) return announce(t.error);
          void change('POST', `/v1/customers/${customer.customerId}/identities`, { identity: typed.identity, ...(reason ? { reason } : {}) });
        },
      })
    : null;
  const older = customer.olderIdentityChanges ? h('p', {}, t.olderChanges(customer.olderIdentityChanges)) : null;
  return h('div', { class: 'identities' }, changes.length ? h('h2', {}, t.identityChanges) : null, older, changes.length ? h('ul', { class: 'plain' }, ...changes) : null, form);
}

function removeIdentityButton(customer: CustomerView, identity: string) {
  if (!canWrite() || (customer.identities.length === 1 && !identity.startsWith('form:'))) return null;
  const button = h('button', { type: 'button', class: 'ghost', 'aria-label': `${t.removeIdentity} ${identity}` }, t.removeIdentity);
  button.addEventListener('click', () => void change('DELETE', `/v1/customers/${customer.customerId}/identities/${encodeURIComponent(identity)}`));
  return button;
}

/** A change through the API, announced, then the page drawn again. */
async function change(method: 'POST' | 'DELETE', path: string, body?: unknown) {
  try {
    await session!.api.request(method, path, body);
    announce(t.saved);
    await render();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'identity_taken') return announce(`${t.identityTaken}${error.message}`);
    announce(error instanceof ApiError ? (error.status === 403 ? t.forbidden : error.message) : t.error);
  }
}

/** Says why items may be missing from the timeline while a merge or an undo is still moving them. */
function pendingWorkNotice(customer: CustomerView) {
  if (!customer.pendingWork?.length) return null;
  const steps = customer.pendingWork.map((work) => h('li', {}, `${work.step === 'merge' ? t.pendingMerge : t.pendingUndo} `, h('a', { href: `#/customer/${work.customerId}` }, h('code', {}, work.customerId))));
  return h('div', { class: 'pending-work', role: 'status' }, h('p', {}, t.pendingWork), h('ul', { class: 'plain' }, ...steps));
}

/** Merges into this customer with undo, open merge suggestions naming it, and a manual merge. */
async function mergesSection(customer: CustomerView) {
  const api = session!.api;
  const act = (path: string, body: unknown = {}) => change('POST', path, body);
  const merged = customer.mergedFrom.map((merge) => {
    const undo = canWrite() ? h('button', { type: 'button', class: 'ghost' }, t.undoMerge) : null;
    undo?.addEventListener('click', () => void act(`/v1/merges/${merge.mergeId}/undo`));
    return h(
      'li',
      {},
      h('code', {}, merge.customerId),
      ' (',
      said(merge.identities.join(', ')),
      `) · ${dateTime(merge.mergedAt)} · ${t.by} `,
      said(merge.by),
      ...(merge.reason ? [' · ', said(merge.reason)] : []),
      ' ',
      undo,
    );
  });
  const open = await api
    .get<Page<Suggestion>>('/v1/merge-suggestions', { status: 'open', limit: '100' })
    .then((page) => page.items.filter((s) => s.customerId === customer.customerId || s.otherCustomerId === customer.customerId))
    .catch(() => []);
  const suggestions = open.map((suggestion) => {
    const other = suggestion.customerId === customer.customerId ? suggestion.otherCustomerId : suggestion.customerId;
    const accept = canWrite() ? h('button', { type: 'button', class: 'ghost' }, t.merge) : null;
    const dismiss = canWrite() ? h('button', { type: 'button', class: 'ghost' }, t.dismiss) : null;
    accept?.addEventListener('click', () => void act(`/v1/merge-suggestions/${suggestion.suggestionId}/accept`));
    dismiss?.addEventListener('click', () => void act(`/v1/merge-suggestions/${suggestion.suggestionId}/dismiss`));
    return h('li', {}, h('a', { href: `#/customer/${other}` }, other), ` · ${t.claimed} `, said(suggestion.identity), ' ', accept, dismiss);
  });
  const manual = canWrite()
    ? reasonForm({
        name: 'merge',
        title: t.mergeManual,
        value: { id: 'merge-other', label: t.mergeOther, attributes: { name: 'customerId', pattern: 'cus_[0-9a-z]{26}' } },
        reasonLabel: t.mergeReason,
        submit: t.merge,
        onSubmit: (value, reason) => void act(`/v1/customers/${customer.customerId}/merge`, { customerId: value.trim(), ...(reason ? { reason } : {}) }),
      })
    : null;
  return h(
    'div',
    { class: 'merges' },
    merged.length ? h('h2', {}, t.mergedFrom) : null,
    merged.length ? h('ul', { class: 'plain' }, ...merged) : null,
    suggestions.length ? h('h2', {}, t.mergeSuggestions) : null,
    suggestions.length ? h('ul', { class: 'plain' }, ...suggestions) : null,
    manual,
  );
}

interface Suggestion {
  suggestionId: string;
  customerId: string;
  otherCustomerId: string;
  identity: string;
}

function timelineItem(item: FeedbackItem): HTMLElement {
  const c = item.classification;
  const element = h(
    'li',
    { class: `item${c.urgent ? ' is-urgent' : ''}`, 'data-feedback-id': item.feedbackId, 'aria-labelledby': `when-${item.feedbackId}` },
    h('div', { class: 'item-head' }, badges(item), h('time', { id: `when-${item.feedbackId}`, datetime: item.receivedAt }, dateTime(item.receivedAt))),
    messageText(item),
    attachmentList(item),
    c.explanations.length || c.urgentReason
      ? h('details', { class: 'reason' }, h('summary', {}, t.reason), h('ul', {}, ...[c.urgentReason, ...c.explanations].filter(Boolean).map((e) => h('li', {}, said(e!)))))
      : null,
    item.history?.length
      ? h(
          'div',
          { class: 'history' },
          h('h3', {}, t.history),
          item.olderCaseChanges ? h('p', {}, t.olderChanges(item.olderCaseChanges.count)) : null,
          h(
            'ol',
            {},
            ...item.history.map((event) =>
              h(
                'li',
                {},
                h('time', { datetime: event.at }, dateTime(event.at)),
                ` · ${t.by} `,
                said(event.by),
                event.status ? ` · ${t.statusNames[event.status.from as FeedbackItem['status']]} → ${t.statusNames[event.status.to as FeedbackItem['status']]}` : '',
                ...(event.assignee !== undefined ? [` · ${t.assignee}: `, event.assignee ? said(event.assignee) : t.unassigned] : []),
                event.note ? h('blockquote', {}, said(event.note)) : null,
              ),
            ),
          ),
        )
      : null,
    item.kind === 'message' && canWrite() ? caseForm(item) : null,
  );
  return element;
}

function caseForm(item: FeedbackItem): HTMLElement {
  const id = item.feedbackId;
  const note = h('textarea', { id: `note-${id}`, name: 'note', rows: 2, maxlength: 2000 });
  const assignee = h('input', { id: `assignee-${id}`, name: 'assignee', type: 'text', value: item.assignee ?? '', maxlength: 100, autocomplete: 'off' });
  const message = h('p', { class: 'muted', role: 'status' });
  const submit = async (status?: string) => {
    const body: Record<string, string> = {};
    if (status) body.status = status;
    if (note.value.trim()) body.note = note.value.trim();
    if (assignee.value.trim() !== (item.assignee ?? '')) body.assignee = assignee.value.trim();
    if (!Object.keys(body).length) return;
    try {
      // Decided on the item as shown: a colleague's change since is reloaded, never overwritten.
      const updated = await session!.api.request<FeedbackItem>('PATCH', `/v1/feedback/${id}`, body, { 'if-match': `"${caseRevision(item)}"` });
      const replacement = timelineItem(updated);
      form.closest('li')!.replaceWith(replacement);
      replacement.querySelector<HTMLElement>('.case-form button, .case-form textarea')?.focus();
      announce(`${t.saved}: ${t.statusNames[updated.status]}`);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'stale_revision')) {
        const fresh = await session!.api.get<FeedbackItem>(`/v1/feedback/${id}`);
        form.closest('li')!.replaceWith(timelineItem(fresh));
        announce(t.conflict);
        return;
      }
      message.textContent = error instanceof ApiError ? (error.status === 403 ? t.forbidden : error.message) : t.error;
    }
  };
  const button = (label: string, status: string | undefined, primary = false) => {
    const b = h('button', { type: 'button', class: primary ? 'primary' : 'ghost' }, label);
    b.addEventListener('click', () => void submit(status));
    return b;
  };
  const moves =
    item.status === 'resolved'
      ? [button(t.reopen, 'reopened')]
      : item.status === 'acknowledged'
        ? [button(t.resolve, 'resolved', true)]
        : [button(t.acknowledge, 'acknowledged'), button(t.resolve, 'resolved', true)];
  const form = h(
    'form',
    { class: 'case-form', 'aria-label': `${t.history}: ${item.feedbackId}` },
    h('div', { class: 'field grow' }, h('label', { for: `note-${id}` }, t.note), note),
    h('div', { class: 'field' }, h('label', { for: `assignee-${id}` }, t.assignee), assignee),
    h('div', { class: 'actions' }, ...moves, button(t.save, undefined)),
    message,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

// ── dashboard ─────────────────────────────────────────────────────────────

async function dashboardView() {
  // No range: the API answers the last 30 days of its reporting zone (the browser's clock and zone may differ).
  const { days } = await session!.api.get<{ days: { day: string; counters: Record<string, number> }[] }>('/v1/stats/daily');
  const labels = days.map((d) => d.day.slice(5));
  const types = new Map<string, number>();
  for (const { counters } of days) {
    for (const [name, value] of Object.entries(counters)) if (name.startsWith('complaint.')) types.set(name.slice(10), (types.get(name.slice(10)) ?? 0) + value);
  }
  const topTypes = [...types].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return h(
    'section',
    { class: 'dashboard', 'aria-labelledby': 'dashboard-title' },
    h('h1', { id: 'dashboard-title' }, `${t.navDashboard} · ${t.dashboard}`),
    h('div', { class: 'charts' },
      h('figure', { class: 'card' }, h('figcaption', {}, t.volume), barChart(t.volume, labels, days.map((d) => d.counters.total ?? 0))),
      h(
        'figure',
        { class: 'card' },
        h('figcaption', {}, t.sentimentTrend),
        stackedBarChart(
          t.sentimentTrend,
          labels,
          (['negative', 'neutral', 'positive'] as const).map((label) => ({ name: t.sentimentNames[label], className: `sentiment-${label}`, values: days.map((d) => d.counters[`sentiment.${label}`] ?? 0) })),
        ),
      ),
      h('figure', { class: 'card' }, h('figcaption', {}, t.complaintTypes), barChart(t.complaintTypes, topTypes.map(([type]) => typeLabel(type)), topTypes.map(([, n]) => n), true)),
    ),
  );
}

// ── routing ───────────────────────────────────────────────────────────────

function showError(error: unknown) {
  announce(error instanceof ApiError ? `${t.error}: ${error.message}` : t.error);
}

/** A hash segment as the id it stands for; one whose escapes are not UTF-8 is taken as it is (and found by no one). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function render() {
  document.title = t.title;
  if (!session) {
    const stored = sessionStorage.getItem(KEY_STORAGE);
    if (stored && (await signIn(stored))) return render();
    mount(root, [signInView(), h('div', { id: 'announcer', class: 'visually-hidden', 'aria-live': 'polite' })]);
    document.getElementById('api-key')?.focus();
    return;
  }
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const [, section = 'queue', encodedId] = path.split('/');
  const id = encodedId && decodedSegment(encodedId);
  const loading = h('p', { class: 'muted' }, t.loading);
  mount(root, [...layout(section, loading), h('div', { id: 'announcer', class: 'visually-hidden', 'aria-live': 'polite' })]);
  try {
    const content =
      // `customers/<id>` and `feedback/<id>` are the digests' links (shared/digest/render/format.ts).
      (section === 'customer' || section === 'customers') && id
        ? await customerView(id, new URLSearchParams(query).get('focus') ?? undefined)
        : section === 'feedback' && id
          ? await feedbackView(id)
          : section === 'search'
            ? searchView()
            : section === 'dashboard'
              ? await dashboardView()
              : await queueView();
    loading.replaceWith(content);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      sessionStorage.removeItem(KEY_STORAGE);
      session = undefined;
      return render();
    }
    loading.textContent = error instanceof ApiError ? `${t.error}: ${error.message}` : t.error;
  }
}

setLanguage(language);
window.addEventListener('hashchange', () => void render());
void render();

/** The item's revision as the API counts it (its ETag): the changes its history keeps and the older ones. */
function caseRevision(item: FeedbackItem): number {
  return (item.olderCaseChanges?.count ?? 0) + (item.history?.length ?? 0);
}
