import { createHash } from 'node:crypto';
import { InvalidCursorError } from '../ports.ts';

const TAG_LENGTH = 11;

/**
 * A listing names what it lists (route, customer, filters) as its scope. The store's position is
 * prefixed with a digest of the scope and the position, so a cursor used on another customer's
 * timeline, another listing or under other filters, or cut short in a copy and paste, is refused
 * rather than silently starting a wrong page. It stops mistakes, not forgers (who gain nothing:
 * a cursor is only a position in a listing they may read anyway).
 */
function tag(scope: string, position: string): string {
  return createHash('sha256').update(`${scope}\n${position}`).digest('base64url').slice(0, TAG_LENGTH);
}

export function issueCursor(scope: string, position: string | undefined): string | undefined {
  return position === undefined ? undefined : `${tag(scope, position)}${position}`;
}

/** The store's position inside a cursor this scope issued; throws InvalidCursorError for any other. */
export function positionOf(scope: string, cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const position = cursor.slice(TAG_LENGTH);
  if (position === '' || cursor.slice(0, TAG_LENGTH) !== tag(scope, position)) throw new InvalidCursorError();
  return position;
}

/** A scope from a route and its query, whatever order the parameters came in. */
export function listingScope(route: string, filter: Record<string, unknown>): string {
  return `${route}?${JSON.stringify(Object.keys(filter).sort().map((key) => [key, filter[key]]))}`;
}

/**
 * Reads one page of a listing from the position in `cursor`, and scopes the next page's cursor.
 * `formerScopes` names scopes the same listing had before (asked only for a cursor `scope` refuses).
 */
export async function scopedPage<Page extends { nextCursor?: string }>(
  scope: string,
  cursor: string | undefined,
  read: (position: string | undefined) => Promise<Page>,
  formerScopes: () => Promise<string[]> = async () => [],
): Promise<Page> {
  const { nextCursor, ...page } = await read(await positionInAny(scope, cursor, formerScopes));
  return (nextCursor === undefined ? page : { ...page, nextCursor: issueCursor(scope, nextCursor) }) as Page;
}

async function positionInAny(scope: string, cursor: string | undefined, formerScopes: () => Promise<string[]>): Promise<string | undefined> {
  try {
    return positionOf(scope, cursor);
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    for (const former of await formerScopes()) {
      try {
        return positionOf(former, cursor);
      } catch {
        // not issued under this one either
      }
    }
    throw error;
  }
}
