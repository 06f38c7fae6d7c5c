import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/config-error.ts';
import { getSiteConfig } from '../../src/site-config.ts';

/** The one line per wrong variable that getSiteConfig's error carries. */
const getProblems = (env: Record<string, string>) => {
  try {
    getSiteConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message.split('\n');
  }
  assert.fail('no error');
};

describe('getSiteConfig', () => {
  it('defaults every setting when the environment sets none', () => {
    assert.deepEqual(getSiteConfig({}), {
      site: undefined,
      base: '/',
      reportUrl: undefined,
      catalogDir: 'content/catalog',
      outDir: 'dist',
    });
  });

  it('reads the deployment settings, treating blank values as unset', () => {
    assert.deepEqual(
      getSiteConfig({ SITE_URL: 'https://errors.example.com', BASE_PATH: 'errors', REPORT_URL: ' ', OUT_DIR: 'out', CATALOG_DIR: '' }),
      { site: 'https://errors.example.com', base: '/errors/', reportUrl: undefined, catalogDir: 'content/catalog', outDir: 'out' },
    );
  });

  it('keeps absolute and relative folders as written', () => {
    const config = getSiteConfig({ CATALOG_DIR: '/srv/catalog', OUT_DIR: '/var/www/errors' });
    assert.equal(config.catalogDir, '/srv/catalog');
    assert.equal(config.outDir, '/var/www/errors');
    assert.equal(getSiteConfig({ OUT_DIR: resolve('dist-elsewhere') }).outDir, resolve('dist-elsewhere'));
  });

  it('names every wrong variable on a line of its own: its value, what is wrong, a valid example', () => {
    assert.deepEqual(getProblems({ SITE_URL: 'errors.example.com', REPORT_URL: 'javascript:alert(1)' }), [
      'SITE_URL="errors.example.com": must be an absolute http(s) URL, e.g. https://errors.example.com',
      'REPORT_URL="javascript:alert(1)": must be an absolute http(s) URL, e.g. https://github.com/example/im-error-codes/issues/new',
    ]);
  });

  it('refuses a base path that is a URL or holds a query', () => {
    assert.deepEqual(getProblems({ BASE_PATH: 'https://errors.example.com/errors/' }), [
      'BASE_PATH="https://errors.example.com/errors/": must be a path without scheme, host, query or spaces, e.g. /errors/',
    ]);
    assert.equal(getProblems({ BASE_PATH: '/errors/?v=1' }).length, 1);
  });

  it('refuses an output folder that would replace the project or one of its folders', () => {
    for (const outDir of ['.', '..', '/', 'src', 'content', resolve('tests'), 'public/x']) {
      assert.deepEqual(
        getProblems({ OUT_DIR: outDir }),
        [
          `OUT_DIR=${JSON.stringify(outDir)}: would replace the project or one of its folders (the build swaps the whole folder); ` +
            'name a folder of its own, e.g. dist or /var/www/errors',
        ],
        outDir,
      );
    }
  });
});
