import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

it('src/generated/openapi.ts is what npm run generate makes of docs/openapi.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgkit-openapi-'));
  try {
    const out = join(dir, 'openapi.ts');
    execFileSync(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'),
      join(root, '../../docs/openapi.yaml'), '--output', out], { cwd: root, stdio: 'pipe' });

    const committed = readFileSync(join(root, 'src/generated/openapi.ts'), 'utf8');
    expect(readFileSync(out, 'utf8') === committed, 'src/generated/openapi.ts is stale: run npm run generate').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
