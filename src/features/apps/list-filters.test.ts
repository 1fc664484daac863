import { describe, expect, it } from 'vitest';
import { defaultListFilters, parseListFilters, toSearchParams } from './list-filters';

describe('list filters in the URL', () => {
  it('reads a shared link', () => {
    expect(
      parseListFilters(new URLSearchParams('q=crm&sort=name&order=asc&page=3&size=25')),
    ).toEqual({
      search: 'crm',
      sort: 'name',
      order: 'asc',
      page: 3,
      pageSize: 25,
    });
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(parseListFilters(new URLSearchParams('sort=secret&order=up&page=-2&size=1000'))).toEqual(
      defaultListFilters,
    );
    expect(parseListFilters(new URLSearchParams('page=1.5')).page).toBe(1);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(toSearchParams(defaultListFilters).toString()).toBe('');
    const filters = { search: 'a b', sort: 'name', order: 'desc', page: 2, pageSize: 50 } as const;
    const params = toSearchParams(filters);
    expect(params.toString()).toBe('q=a+b&sort=name&page=2&size=50');
    expect(parseListFilters(params)).toEqual(filters);
  });

  it('keeps an attention filter and the Last used sort; drops an unknown filter', () => {
    const filters = parseListFilters(
      new URLSearchParams('q=crm&attention=idle&sort=lastUsedAt&order=asc'),
    );
    expect(filters).toMatchObject({ search: 'crm', attention: 'idle', sort: 'lastUsedAt' });
    expect(toSearchParams(filters).toString()).toBe(
      'q=crm&sort=lastUsedAt&order=asc&attention=idle',
    );
    expect(parseListFilters(new URLSearchParams('attention=stale'))).toEqual(defaultListFilters);
  });
});
