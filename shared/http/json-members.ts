/**
 * The members of a JSON object, in order and with a repeated name kept each time: JSON.parse
 * keeps only a name's last value, and a form field sent twice must be refused, not half dropped.
 * `text` must already have parsed as a JSON object; each value is parsed by JSON.parse itself.
 */
export function jsonObjectMembers(text: string): [string, unknown][] {
  return jsonObjectMemberSources(text).map(([name, source]) => [name, JSON.parse(source)]);
}

/**
 * The members of a JSON object as written: each name decoded (`"\u0069d"` is `id`), each value's
 * own text. JSON.parse reads a number past 2^53 or 1e21 as another (9007199254740993 as
 * …992), which a caller echoing an id must not; Node 20 gives JSON.parse no access to the source.
 * `text` must already have parsed as a JSON object.
 */
export function jsonObjectMemberSources(text: string): [string, string][] {
  const members: [string, string][] = [];
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let name: string | undefined;
  let valueStart = -1;
  const endMember = (end: number) => {
    if (name !== undefined) members.push([name, text.slice(valueStart, end).trim()]);
    name = undefined;
    valueStart = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') {
        inString = false;
        if (depth === 1 && name === undefined) name = JSON.parse(text.slice(stringStart, i + 1)) as string;
      }
      continue;
    }
    if (char === '"') {
      inString = true;
      stringStart = i;
    } else if (char === ':' && depth === 1) valueStart = i + 1;
    else if (char === ',' && depth === 1) endMember(i);
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) endMember(i);
    }
  }
  return members;
}

/**
 * The first name any object in `text` (valid JSON) gives twice, at any depth: JSON.parse keeps a
 * repeated name's last value, dropping the others unseen.
 */
export function repeatedMemberName(text: string): string | undefined {
  // One entry per open object (the names it gave) or array (null).
  const scopes: (Set<string> | null)[] = [];
  let expectingName = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      const start = i;
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
      const names = scopes.at(-1);
      if (!names || !expectingName) continue;
      const name = JSON.parse(text.slice(start, i + 1)) as string;
      if (names.has(name)) return name;
      names.add(name);
      expectingName = false;
    } else if (char === '{') {
      scopes.push(new Set());
      expectingName = true;
    } else if (char === '[') {
      scopes.push(null);
      expectingName = false;
    } else if (char === '}' || char === ']') {
      scopes.pop();
      expectingName = false;
    } else if (char === ',') expectingName = Boolean(scopes.at(-1));
    else if (char === ':') expectingName = false;
  }
  return undefined;
}
