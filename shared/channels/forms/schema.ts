import * as z from 'zod';
import { ANONYMOUS_FORM_PREFIX, isAnonymousFormId, isIdentityValue } from '../../identity/normalise.ts';
import { hasVisibleText } from '../../text.ts';

/** The honeypot: invisible to people, filled in by bots. */
export const HONEYPOT_FIELD = 'website';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalInt = (min: number, max: number) =>
  z
    .union([z.number(), z.string().trim()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return undefined;
      // Number() also reads "0x5", "1e0" and "" as numbers: a form field is decimal digits or nothing.
      const number = typeof value === 'string' && !/^\d{1,3}$/.test(value) ? Number.NaN : Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return number;
    });

export const FormSubmission = z.object({
  message: z.string().trim().refine(hasVisibleText, 'message is required').max(10_000),
  subject: optionalText(998),
  name: optionalText(256),
  email: optionalText(320),
  phone: optionalText(32),
  customerId: optionalText(128)
    .refine((v) => v === undefined || isIdentityValue(v), 'customerId must be printable, without spaces')
    .refine((v) => v === undefined || !isAnonymousFormId(v), `customerId: "${ANONYMOUS_FORM_PREFIX}…" is reserved for posts that name no one`),
  rating: optionalInt(1, 5),
  nps: optionalInt(0, 10),
  orderId: optionalText(128),
  submissionId: optionalText(128),
  [HONEYPOT_FIELD]: z.string().optional(),
});
export type FormSubmission = z.infer<typeof FormSubmission>;
