export { buildDigest, type BuildDigestOptions } from './build-digest.ts';
export { composeDigestMail } from './compose.ts';
export { digestDayProblem, digestWindow, DIGEST_PERIODS, hasEnded, type DigestPeriod, type DigestWindow } from './period.ts';
export { renderDigestHtml } from './render/html.ts';
export { DIGEST_LANGUAGES, type DigestLanguage } from './render/messages.ts';
export { renderDigestText, digestSubject } from './render/text.ts';
export { consoleUrlOf, digestKey, sendDigest, DigestNotDeliveredError, DigestPeriodNotOverError, type SendDigestOptions, type SendDigestResult } from './send-digest.ts';
export type { Digest } from './types.ts';
