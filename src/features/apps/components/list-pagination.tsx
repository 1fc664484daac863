import { Button, Group, NativeSelect, Pagination, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { PAGE_SIZES } from '../list-filters';

// The user's locale: "100,000" in en-US, "100.000" in de-DE.
const countFormat = new Intl.NumberFormat();
const formatCount = (count: number) => countFormat.format(count);

const controlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

interface ListPaginationProps {
  /** The page and page size asked for (from the URL; 1-based). */
  page: number;
  pageSize: number;
  /** What the server answered; while the next page loads, still the previous one. */
  shown: { page: number; pageSize: number; total: number };
  /** False while `shown` is the previous answer, kept on screen as a placeholder. */
  settled: boolean;
  onPageChange: (page: number, options?: { replace?: boolean }) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/**
 * The list's footer: which Apps are shown out of how many, the page size, and paging that reaches
 * page 10,000 of a large company as easily as page 2 — first and last, and a page to jump to.
 */
export function ListPagination({
  page,
  pageSize,
  shown,
  settled,
  onPageChange,
  onPageSizeChange,
}: ListPaginationProps) {
  const { total } = shown;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const [jumpTo, setJumpTo] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);

  // A page past the end (an old link, or Apps deleted meanwhile): show the last page instead.
  useEffect(() => {
    if (settled && page > pageCount) onPageChange(pageCount, { replace: true });
  }, [settled, page, pageCount, onPageChange]);

  const jump = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number(jumpTo);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > pageCount) {
      // What was typed stays, so it can be corrected.
      setJumpError(`Enter a page from 1 to ${formatCount(pageCount)}.`);
      return;
    }
    setJumpError(null);
    setJumpTo('');
    onPageChange(wanted);
  };

  const first = Math.min((shown.page - 1) * shown.pageSize + 1, total);
  const last = Math.min(shown.page * shown.pageSize, total);

  return (
    <Group justify="space-between" align="start" gap="md">
      <Text size="sm" c="dimmed" aria-live="polite" mt={6}>
        {`Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} Apps`}
      </Text>
      <Group gap="md" align="start">
        <NativeSelect
          aria-label="Apps per page"
          size="xs"
          mt={4}
          value={String(pageSize)}
          data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }))}
          onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
        />
        <Pagination
          component="nav"
          aria-label="Pages"
          total={pageCount}
          value={Math.min(page, pageCount)}
          withEdges
          onChange={(pageNumber) => onPageChange(pageNumber)}
          getItemProps={(pageNumber) => ({ 'aria-label': `Page ${formatCount(pageNumber)}` })}
          getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
        />
        {pageCount > 1 && (
          <form onSubmit={jump} noValidate>
            <Group gap={4} align="start" wrap="nowrap">
              <TextInput
                aria-label="Go to page"
                placeholder="Page"
                type="number"
                inputMode="numeric"
                size="xs"
                w={88}
                mt={4}
                min={1}
                max={pageCount}
                value={jumpTo}
                error={jumpError}
                onChange={(event) => {
                  setJumpTo(event.currentTarget.value);
                  setJumpError(null);
                }}
              />
              <Button type="submit" variant="default" size="xs" mt={4}>
                Go
              </Button>
            </Group>
          </form>
        )}
      </Group>
    </Group>
  );
}
