import { describe, expect, it } from 'vitest';
import { contract } from '../testing/contract';
import { APP_NAME_MAX_LENGTH, APP_NAME_PATTERN } from './app-name-rule';

const schemas = (contract.components as { schemas: Record<string, Record<string, unknown>> })
  .schemas;

describe('the App name rule of the console', () => {
  it('is the rule of the API contract (components.schemas.AppName)', () => {
    const appName = schemas.AppName!;
    expect(APP_NAME_MAX_LENGTH).toBe(appName.maxLength);
    expect(APP_NAME_PATTERN.source).toBe(appName.pattern);
    expect(APP_NAME_PATTERN.flags).toBe('');
    expect(appName.minLength).toBe(1);
  });

  it('applies to the names of created Apps', () => {
    const appCreate = schemas.AppCreate as { properties: { name: { $ref: string } } };
    expect(appCreate.properties.name.$ref).toBe('#/components/schemas/AppName');
  });
});
