import { describe, expect, it } from 'vitest';
import { sameMembers, without } from './sets';

describe('sameMembers', () => {
  it('ignores order but not membership or length', () => {
    expect(sameMembers(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameMembers([], [])).toBe(true);
    expect(sameMembers(['a'], ['a', 'b'])).toBe(false);
    expect(sameMembers(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});

describe('without', () => {
  it('keeps what the other list lacks, in order', () => {
    expect(without(['c', 'a', 'b'], ['a'])).toEqual(['c', 'b']);
    expect(without(['a'], ['a'])).toEqual([]);
  });
});
