import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

export const SEARCH_DEBOUNCE_MS = 300;

type CommitSearch = (search: string, options: { replace: boolean }) => void;

/**
 * The list's search box. What is typed shows at once and is never overwritten while typing,
 * however fast or slow; the URL (and so the server search) follows after a pause.
 *
 * The box follows the URL only when the history moves (Back/Forward, a POP): then the URL holds
 * another view, and its search is the one to show. The console's own navigations (this box's
 * commits, a sort, a page, a drawer) leave the box alone, since it may already hold keystrokes
 * newer than the URL — resetting it to the URL between renders is what used to drop characters.
 *
 * History: the first commit of a new search adds an entry (Back returns to the list before it);
 * further commits while refining that search replace it, so Back does not replay each pause.
 */
export function useSearchBox(urlSearch: string, commit: CommitSearch) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlSearch);
  const [seenLocation, setSeenLocation] = useState(location.key);
  // The search this box last put into the URL (null: none since the URL last moved by itself).
  const committed = useRef<string | null>(null);
  const urlSearchNow = useRef(urlSearch);
  useEffect(() => {
    urlSearchNow.current = urlSearch;
  }, [urlSearch]);

  const debouncedCommit = useDebouncedCallback((search: string) => {
    if (search === urlSearchNow.current) return;
    const refining = committed.current !== null && committed.current === urlSearchNow.current;
    committed.current = search;
    commit(search, { replace: refining && search !== '' });
  }, SEARCH_DEBOUNCE_MS);

  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (navigationType === 'POP') setText(urlSearch);
  }
  // Back/Forward wins over a commit still waiting for its pause.
  useEffect(() => {
    if (navigationType !== 'POP') return;
    debouncedCommit.cancel();
    committed.current = null;
  }, [location.key, navigationType, debouncedCommit]);

  return {
    text,
    type: (value: string) => {
      setText(value);
      debouncedCommit(value.trim());
    },
    clear: () => {
      setText('');
      debouncedCommit.cancel();
      committed.current = null;
      if (urlSearchNow.current !== '') commit('', { replace: false });
    },
  };
}
