import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonObjectMembers } from '../../shared/http/json-members.ts';

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
