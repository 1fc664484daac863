import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of eslint.config.js, proven by linting small files that break them: a rule
 * that silently stopped matching (a renamed folder, a plugin update) fails here.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it("refuses a feature's import of another feature's component", async () => {
    expect(
      await rulesBroken(
        'src/features/apps/components/probe.tsx',
        "import { SecretRotation } from '../../lifecycle/components/secret-rotation';\nexport const probe = SecretRotation;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it("allows a feature's import of another feature's api/", async () => {
    expect(
      await rulesBroken(
        'src/features/apps/components/probe.tsx',
        "import { lifecycleQueries } from '../../lifecycle/api/lifecycle-queries';\nexport const probe = lifecycleQueries;\n",
      ),
    ).toEqual([]);
  });

  it('lets a route module put features together', async () => {
    expect(
      await rulesBroken(
        'src/app/routes/api-keys/probe.tsx',
        "import { SecretRotation } from '../../../features/lifecycle/components/secret-rotation';\nexport const probe = SecretRotation;\n",
      ),
    ).toEqual([]);
  });

  it('keeps shared code and features away from src/app and the mock backend', async () => {
    expect(
      await rulesBroken(
        'src/components/probe.tsx',
        "import { Root } from '../app/root';\nexport const probe = Root;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src/features/apps/probe.ts',
        "import { mockDb } from '../../mocks/node';\nexport const probe = mockDb;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('refuses a file name that is not kebab-case', async () => {
    expect(await rulesBroken('src/lib/probeHelper.ts', 'export const probe = 1;\n')).toContain(
      'check-file/filename-naming-convention',
    );
  });

  it('refuses an expect without a matcher in a unit test', async () => {
    expect(
      await rulesBroken(
        'src/lib/probe.test.ts',
        "import { expect, it } from 'vitest';\nit('asserts', () => {\n  expect(1);\n});\n",
      ),
    ).toContain('vitest/valid-expect');
  });
});
