import { Button, Loader } from '@mantine/core';

/**
 * A drawer's Save, busy while its request runs. Not Mantine's `loading`, which disables the
 * button and drops the focus to the page meanwhile; the form ignores a second press itself.
 */
export function SaveButton({ busy, disabled }: { busy: boolean; disabled?: boolean }) {
  return (
    <Button
      type="submit"
      disabled={disabled}
      aria-disabled={busy || undefined}
      data-disabled={busy || undefined}
      leftSection={busy ? <Loader size={14} color="currentColor" aria-hidden /> : null}
    >
      Save
    </Button>
  );
}
