import { describe, expect, it } from 'vitest';
import {
  countChangedCells,
  effectiveProducts,
  keepOnly,
  stage,
  changedProducts,
} from './staged-changes';

const alpha = { id: 'a', name: 'Alpha', productIds: ['audit-records'] };
const beta = { id: 'b', name: 'Beta', productIds: ['contact-search', 'audit-records'] };

describe('staged changes of the access matrix', () => {
  it('stages a grant and counts the changed cell', () => {
    const staged = stage({}, [alpha], ['contact-search'], true);
    expect(effectiveProducts(staged, alpha)).toEqual(['audit-records', 'contact-search']);
    expect(changedProducts(staged.a)).toEqual(new Set(['contact-search']));
    expect(countChangedCells(staged)).toBe(1);
  });

  it('unstages an App whose cells are back to what it had', () => {
    const granted = stage({}, [alpha], ['contact-search'], true);
    expect(stage(granted, [alpha], ['contact-search'], false)).toEqual({});
  });

  it('grants a column to several Apps, counting only the cells that change', () => {
    const staged = stage({}, [alpha, beta], ['contact-search'], true);
    expect(Object.keys(staged)).toEqual(['a']);
    expect(countChangedCells(staged)).toBe(1);
    const removed = stage(staged, [alpha, beta], ['audit-records'], false);
    expect(effectiveProducts(removed, beta)).toEqual(['contact-search']);
    expect(countChangedCells(removed)).toBe(3);
  });

  it('returns the same object when nothing changes', () => {
    const staged = stage({}, [alpha], ['contact-search'], true);
    expect(stage(staged, [beta], ['audit-records'], true)).toBe(staged);
  });

  it('keeps the base an App had when first staged, even when the page shows newer data', () => {
    const staged = stage({}, [alpha], ['contact-search'], true);
    const refreshed = { ...alpha, productIds: ['audit-records', 'work-analytics'] };
    const next = stage(staged, [refreshed], ['work-analytics'], true);
    expect(next.a?.base).toEqual(['audit-records']);
    expect(countChangedCells(next)).toBe(2);
  });

  it('keeps only the failed Apps after a save', () => {
    const staged = stage({}, [alpha, beta], ['work-analytics'], true);
    expect(Object.keys(keepOnly(staged, ['b']))).toEqual(['b']);
  });
});
