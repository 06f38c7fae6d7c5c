import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSiteConfig } from '../../src/site-config.ts';

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

  it('names every wrong variable with its value and an example', () => {
    assert.throws(
      () => getSiteConfig({ SITE_URL: 'errors.example.com', REPORT_URL: 'javascript:alert(1)' }),
      (error: Error) => {
        assert.equal(
          error.message,
          'Invalid environment for the build:\n' +
            '  SITE_URL="errors.example.com": must be an absolute http(s) URL such as https://errors.example.com\n' +
            '  REPORT_URL="javascript:alert(1)": must be an absolute http(s) URL such as https://github.com/example/im-error-codes/issues/new',
        );
        return true;
      },
    );
  });
});
