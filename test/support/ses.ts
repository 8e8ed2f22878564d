/** A mail as aws-ses-v2-local keeps it, read back through its `/store` endpoint. */
export interface SesStoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { contentId?: string; contentType: string; contentDisposition?: string; content: string }[];
}

/** Every mail the SES emulator has received so far. */
export async function sesStoredEmails(endpoint: string): Promise<SesStoredEmail[]> {
  return ((await (await fetch(`${endpoint}/store`)).json()) as { emails: SesStoredEmail[] }).emails;
}
