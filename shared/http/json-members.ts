/**
 * The members of a JSON object, in order and with a repeated name kept each time: JSON.parse
 * keeps only a name's last value, and a form field sent twice must be refused, not half dropped.
 * `text` must already have parsed as a JSON object; each value is parsed by JSON.parse itself.
 */
export function jsonObjectMembers(text: string): [string, unknown][] {
  const members: [string, unknown][] = [];
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let name: string | undefined;
  let valueStart = -1;
  const endMember = (end: number) => {
    if (name !== undefined) members.push([name, JSON.parse(text.slice(valueStart, end))]);
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

/** The first member name `text` (a JSON object) gives twice, if any. */
export function repeatedMemberName(text: string): string | undefined {
  const seen = new Set<string>();
  for (const [name] of jsonObjectMembers(text)) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}
