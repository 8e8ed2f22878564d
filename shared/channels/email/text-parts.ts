import type PostalMime from 'postal-mime';
import { readableCharset } from './charsets.ts';

/** The parts of postal-mime's MIME node that say how a text part is read. */
interface TextPartNode {
  content: ArrayBuffer | null;
  contentType: { parsed: { params: Record<string, string> } };
  getTextContent(): string;
}

const patched = new WeakSet<object>();

/**
 * Makes postal-mime read every text part in the charset its bytes are valid in (charsets.ts) and
 * throw 400 invalid_encoding when there is none. postal-mime decodes a part leniently in its
 * declared charset and offers no hook, so its node's text reader is wrapped: the part's charset
 * is settled from its raw bytes first, then postal-mime reads it as before (format=flowed and
 * all). Every node, forwarded messages' included, shares one prototype, reached through a parser.
 */
export function readTextPartsStrictly(Parser: typeof PostalMime): void {
  const nodePrototype = Object.getPrototypeOf((new Parser() as unknown as { root: TextPartNode }).root) as TextPartNode;
  if (patched.has(nodePrototype)) return;
  patched.add(nodePrototype);
  const readLeniently = nodePrototype.getTextContent;
  nodePrototype.getTextContent = function (this: TextPartNode) {
    if (this.content) {
      const params = this.contentType.parsed.params;
      params['charset'] = readableCharset(new Uint8Array(this.content), params['charset'], 'a text part');
    }
    return readLeniently.call(this);
  };
}
