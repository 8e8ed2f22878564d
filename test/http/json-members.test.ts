import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonObjectMembers, repeatedMemberName } from '../../shared/http/json-members.ts';

describe('the members of a JSON object', () => {
  it('are what JSON.parse reads when no name repeats, whatever the values and the spacing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(undefined, 2, '\t'), (object, space) => {
        const text = JSON.stringify(object, null, space);
        expect(jsonObjectMembers(text)).toEqual(Object.entries(JSON.parse(text) as object));
      }),
      { numRuns: 300 },
    );
  });

  it('keep every value of a repeated name, its escapes read, nested objects left whole', () => {
    expect(jsonObjectMembers(' {"a":"x\\"}","\\u0061":[1,{"a":2}],"b":{"a":1,"a":2}} ')).toEqual([
      ['a', 'x"}'],
      ['a', [1, { a: 2 }]],
      ['b', { a: 2 }],
    ]);
    expect(jsonObjectMembers('{}')).toEqual([]);
  });
});

describe('a member name given twice', () => {
  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"a":1,"\\u0061":2}', 'a'],
    ['[{"mobile":"1"},{"mobile":"2","text":"x","mobile":"3"}]', 'mobile'],
    ['{"outer":{"b":1,"b":2}}', 'b'],
  ])('is found in %s', (text, name) => {
    expect(repeatedMemberName(text)).toBe(name);
  });

  it.each([
    '{"a":"a","b":["a","a"]}',
    '[{"a":1},{"a":2}]',
    '{"a":{"a":1},"b":{"a":2}}',
    '{"a":"\\",\\"a\\":"}',
    '"a"',
    '[1,2]',
  ])('is not in %s (values, other objects, escaped quotes)', (text) => {
    expect(repeatedMemberName(text)).toBeUndefined();
  });

  it('agrees with JSON.parse on every generated object: a repeated name exactly when parsing dropped a member', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', '"', '\\'), fc.jsonValue())), (members) => {
        const text = `{${members.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`).join(',')}}`;
        const nested = JSON.stringify(JSON.parse(text));
        const repeatedAtTop = new Set(members.map(([name]) => name)).size < members.length;
        if (repeatedAtTop) expect(repeatedMemberName(text)).toBeDefined();
        expect(repeatedMemberName(nested)).toBeUndefined();
      }),
    );
  });
});
