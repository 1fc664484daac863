import { CloseButton, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { useSearchBox } from './use-search-box';

/**
 * `Search apps`, for every list of Apps (the list, the access matrix): what is typed shows at
 * once, the URL and the server search follow after a pause (useSearchBox).
 */
export function SearchBox({
  search,
  refreshing,
}: {
  search: ReturnType<typeof useSearchBox>;
  /** A new answer is on its way (a spinner in place of the clear button). */
  refreshing: boolean;
}) {
  return (
    <TextInput
      label="Search apps"
      placeholder="Search by App name"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        refreshing ? (
          <Loader size="xs" role="status" aria-label="Refreshing the list" />
        ) : search.text ? (
          <CloseButton aria-label="Clear search" onClick={search.clear} />
        ) : null
      }
      value={search.text}
      maxLength={64}
      onChange={(event) => search.type(event.currentTarget.value)}
      w={{ base: '100%', xs: 320 }}
    />
  );
}
