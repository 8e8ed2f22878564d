import type { MiddlewareHandler } from 'hono';

/**
 * A browser that submits a plain HTML `<form>` shows the person whatever the answer holds: raw
 * JSON reads as a fault. Only a navigation (`Sec-Fetch-Mode: navigate`, which scripts cannot set)
 * asking for HTML gets a page; fetch, curl and providers keep the JSON body, with the same status.
 */
function isNavigation(request: Request): boolean {
  return request.headers.get('sec-fetch-mode') === 'navigate' && (request.headers.get('accept') ?? '').includes('text/html');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

function page(title: string, lines: string[]): string {
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>\n<body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`;
}

interface Answer {
  id?: unknown;
  ignored?: unknown;
  error?: { message?: unknown };
}

/** What the person can do: only a refusal of what they typed is theirs to correct; a busy or limited server asks them to wait. */
function adviceFor(status: number, retryAfter: string | null): string {
  const seconds = retryAfter && /^\d{1,6}$/.test(retryAfter) ? Number(retryAfter) : undefined;
  const wait = seconds === undefined ? 'in a moment' : seconds > 90 ? `in ${Math.ceil(seconds / 60)} minutes` : `in ${Math.max(seconds, 1)} seconds`;
  if (status === 429 || status >= 500) return `Nothing was sent. Please go back and send it again ${wait}.`;
  return 'Nothing was sent. Please go back, correct the form and send it again.';
}

function pageFor(status: number, answer: Answer, retryAfter: string | null): string {
  if (status < 400) {
    const reference = typeof answer.id === 'string' ? [`Reference: ${answer.id}`] : [];
    return page('Thank you: your message was received', ['We read every message and answer those that ask for it.', ...reference]);
  }
  const reason = typeof answer.error?.message === 'string' ? answer.error.message : 'the message could not be taken';
  return page('Your message was not sent', [`${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`, adviceFor(status, retryAfter)]);
}

/** Answers a browser's form navigation with a small page in place of the JSON body, same status. */
export const answerNavigationsInHtml: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Vary', 'Sec-Fetch-Mode', { append: true });
  if (!isNavigation(c.req.raw) || !(c.res.headers.get('content-type') ?? '').startsWith('application/json')) return;
  let answer: Answer;
  try {
    answer = (await c.res.clone().json()) as Answer;
  } catch {
    return;
  }
  const headers = new Headers(c.res.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  // The page holds what the sender typed, escaped; should escaping ever miss, it still runs and loads nothing.
  headers.set('content-security-policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  headers.delete('content-length');
  c.res = new Response(pageFor(c.res.status, answer, c.res.headers.get('retry-after')), { status: c.res.status, headers });
};
