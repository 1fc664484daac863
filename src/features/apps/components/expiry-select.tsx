import { NativeSelect } from '@mantine/core';
import { describeExpiry, expiryChoices, type ExpiryChoice } from '../../../lib/expiry';

interface ExpirySelectProps {
  /** The chosen option, or `current` to keep the App's own expiry (details only). */
  value: ExpiryChoice | 'current';
  onChange: (choice: ExpiryChoice | 'current') => void;
  /** The App's expiry on the details; undefined when creating. */
  currentExpiresAt?: string | null;
  disabled?: boolean;
}

/** `Expires`: Never, In 30 days, In 90 days, In 1 year, and on the details "keep as it is". */
export function ExpirySelect({ value, onChange, currentExpiresAt, disabled }: ExpirySelectProps) {
  const keeps = currentExpiresAt != null;
  return (
    <NativeSelect
      label="Expires"
      description={
        currentExpiresAt === undefined
          ? 'After this, the Key and Secret stop working.'
          : describeExpiry(currentExpiresAt)
      }
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.value as ExpiryChoice | 'current')}
      data={[
        ...(keeps ? [{ value: 'current', label: 'Keep the current expiry' }] : []),
        ...expiryChoices.map(({ value: option, label }) => ({ value: option, label })),
      ]}
      w={{ base: '100%', xs: 320 }}
    />
  );
}
