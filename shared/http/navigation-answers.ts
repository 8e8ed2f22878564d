import type { MiddlewareHandler } from 'hono';
import { escapeHtml } from '../text.ts';

/**
 * A browser that submits a plain HTML `<form>` shows the person whatever the answer holds: raw
 * JSON reads as a fault. Only a navigation (`Sec-Fetch-Mode: navigate`, which scripts cannot set)
 * asking for HTML gets a page; fetch, curl and providers keep the JSON body, with the same status.
 */
function isNavigation(request: Request): boolean {
  return request.headers.get('sec-fetch-mode') === 'navigate' && (request.headers.get('accept') ?? '').includes('text/html');
}


type PageLanguage = 'zh' | 'en';

/** The person's language as the browser states it: Chinese first among the product's two, English otherwise. */
function pageLanguage(request: Request): PageLanguage {
  const first = (request.headers.get('accept-language') ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

function page(language: PageLanguage, title: string, lines: string[]): string {
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>\n<body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`;
}

interface Answer {
  id?: unknown;
  ignored?: unknown;
  error?: { message?: unknown };
}

const WORDS = {
  en: {
    received: 'Thank you: your message was received',
    promise: 'We read every message and answer those that ask for it.',
    reference: (id: string) => `Reference: ${id}`,
    refused: 'Your message was not sent',
    reason: (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
    soon: 'in a moment',
    inMinutes: (minutes: number) => `in ${minutes} minutes`,
    inSeconds: (seconds: number) => `in ${seconds} seconds`,
    sendAgain: (wait: string) => `Nothing was sent. Please go back and send it again ${wait}.`,
    correct: 'Nothing was sent. Please go back, correct the form and send it again.',
  },
  zh: {
    received: '留言已收到，谢谢！',
    promise: '我们会阅读每一条留言，需要答复的会尽快答复。',
    reference: (id: string) => `编号：${id}`,
    refused: '留言未能发送',
    reason: (reason: string) => `原因：${reason}`,
    soon: '稍后',
    inMinutes: (minutes: number) => `${minutes} 分钟后`,
    inSeconds: (seconds: number) => `${seconds} 秒后`,
    sendAgain: (wait: string) => `没有发送任何内容。请${wait}返回重新发送。`,
    correct: '没有发送任何内容。请返回修改表单后重新发送。',
  },
} satisfies Record<PageLanguage, unknown>;

/** What the person can do: only a refusal of what they typed is theirs to correct; a busy or limited server asks them to wait. */
function adviceFor(words: (typeof WORDS)[PageLanguage], status: number, retryAfter: string | null): string {
  const seconds = retryAfter && /^\d{1,6}$/.test(retryAfter) ? Number(retryAfter) : undefined;
  const wait = seconds === undefined ? words.soon : seconds > 90 ? words.inMinutes(Math.ceil(seconds / 60)) : words.inSeconds(Math.max(seconds, 1));
  return status === 429 || status >= 500 ? words.sendAgain(wait) : words.correct;
}

function pageFor(language: PageLanguage, status: number, answer: Answer, retryAfter: string | null): string {
  const words = WORDS[language];
  if (status < 400) {
    const reference = typeof answer.id === 'string' ? [words.reference(answer.id)] : [];
    return page(language, words.received, [words.promise, ...reference]);
  }
  // The API's reasons are written in English; the Chinese page quotes them as they are.
  const reason = typeof answer.error?.message === 'string' ? answer.error.message : 'the message could not be taken';
  return page(language, words.refused, [words.reason(reason), adviceFor(words, status, retryAfter)]);
}

/** Answers a browser's form navigation with a small page in place of the JSON body, same status. */
export const answerNavigationsInHtml: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Vary', 'Sec-Fetch-Mode, Accept-Language', { append: true });
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
  c.res = new Response(pageFor(pageLanguage(c.req.raw), c.res.status, answer, c.res.headers.get('retry-after')), { status: c.res.status, headers });
};
