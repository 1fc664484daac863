import { describe, expect, it } from 'vitest';
import { hasCapability, type Session } from './session-queries';

const session: Session = {
  user: { id: 'u-1', name: 'Dana Whitfield', email: 'dana@example.com' },
  role: 'Company Admin',
  permissions: ['application-credentials'],
  assignments: [],
};

describe('hasCapability', () => {
  it('is true only for what the backend advertises', () => {
    const withRotation = { ...session, capabilities: ['rotation' as const] };
    expect(hasCapability(withRotation, 'rotation')).toBe(true);
    expect(hasCapability(withRotation, 'activity')).toBe(false);
  });

  it('is false for a plain 8x8 backend, which sends no capabilities, and before the session loads', () => {
    expect(hasCapability(session, 'rotation')).toBe(false);
    expect(hasCapability(undefined, 'rotation')).toBe(false);
  });
});
