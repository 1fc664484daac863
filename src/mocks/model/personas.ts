import type { components } from '../../api/schema';

type Session = components['schemas']['Session'];

export const personaIds = ['company-admin', 'company-admin-no-storage', 'no-credentials'] as const;
export type PersonaId = (typeof personaIds)[number];

/** The users a presenter can sign in as (product spec §5). */
export const personas: Record<PersonaId, { label: string; session: Session }> = {
  'company-admin': {
    label: 'Company Admin',
    session: {
      user: { id: 'u-1001', name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
      role: 'Company Admin',
      permissions: ['application-credentials'],
      assignments: ['storage-api'],
    },
  },
  'company-admin-no-storage': {
    label: 'Company Admin without Storage API',
    session: {
      user: { id: 'u-1002', name: 'Priya Raman', email: 'priya.raman@example.com' },
      role: 'Company Admin',
      permissions: ['application-credentials'],
      assignments: [],
    },
  },
  'no-credentials': {
    label: 'User without Application Credentials',
    session: {
      user: { id: 'u-1003', name: 'Tom Becker', email: 'tom.becker@example.com' },
      role: 'Supervisor',
      permissions: [],
      assignments: [],
    },
  },
};
