import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  getRequestPath,
  hashContent,
  isShellPath,
  makeManifest,
  makeWorkerBuild,
  measureManifest,
  type BuiltFile,
} from '../../src/integrations/offline-manifest.ts';
import { getPageKey, isImmutablePath, isPagePath } from '../../src/offline/protocol.ts';

const file = (path: string, size = 10, hash = hashContent(path)): BuiltFile => ({ file: path, size, hash });

const BUILT = [
  file('index.html', 100),
  file('404.html', 50),
  file('tencent-im/10010/index.html', 200),
  file('10010/index.html', 5),
  file('offline/index.html', 40),
  file('code-index.json', 30),
  file('catalog.json', 300),
  file('favicon.svg', 1),
  file('_astro/page.abc123.js', 20),
  file('_astro/middleware.def456.css', 70),
  file('pagefind/pagefind.js', 47),
  file('pagefind/pagefind-worker.js', 43),
  file('pagefind/pagefind-entry.json', 1),
  file('pagefind/wasm.unknown.pagefind', 55),
  file('pagefind/pagefind.zh-cn_e26c9e5.pf_meta', 3),
  file('pagefind/index/zh-cn_0e2d7ca.pf_index', 18),
  file('pagefind/filter/zh-cn_a695d7e.pf_filter', 1),
  file('pagefind/fragment/zh-cn_0604b73.pf_fragment', 1),
  file('pagefind/pagefind-ui.js', 126),
  file('pagefind/pagefind-highlight.js', 44),
  file('sw.js', 8),
  file('offline-manifest.json', 70),
];

describe('offline manifest', () => {
  it('names each file by the URL it is requested by', () => {
    assert.equal(getRequestPath('index.html'), '');
    assert.equal(getRequestPath('tencent-im/10010/index.html'), 'tencent-im/10010/');
    assert.equal(getRequestPath('404.html'), '404.html');
    assert.equal(getRequestPath('pagefind/pagefind.js'), 'pagefind/pagefind.js');
  });

  it('puts scripts, styles, the code index, the search index without fragments and the offline page in the shell', () => {
    const shell = BUILT.map((built) => getRequestPath(built.file)).filter(isShellPath);
    assert.deepEqual(shell, [
      'offline/',
      'code-index.json',
      'favicon.svg',
      '_astro/page.abc123.js',
      '_astro/middleware.def456.css',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-cn_e26c9e5.pf_meta',
      'pagefind/index/zh-cn_0e2d7ca.pf_index',
      'pagefind/filter/zh-cn_a695d7e.pf_filter',
    ]);
  });

  it('lists every file but its own two and the Pagefind UI bundles nothing loads, sorted, with sizes and hashes', () => {
    const manifest = makeManifest(BUILT, '2026-11-22');
    const paths = manifest.files.map(([path]) => path);
    assert.deepEqual(paths, [...paths].sort());
    for (const left of ['sw.js', 'offline-manifest.json', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-highlight.js'])
      assert.ok(!paths.includes(left), left);
    assert.ok(paths.includes('pagefind/fragment/zh-cn_0604b73.pf_fragment'));
    assert.deepEqual(
      manifest.files.find(([path]) => path === 'tencent-im/10010/'),
      ['tencent-im/10010/', 200, hashContent('tencent-im/10010/index.html')],
    );
    assert.equal(manifest.date, '2026-11-22');
    assert.deepEqual(measureManifest(manifest), { shellFiles: 12, shellBytes: 329, files: 18, bytes: 985 });
  });

  it('versions the build by every file: same files, same version in any order; one changed byte, a new one', () => {
    const version = makeManifest(BUILT, null).version;
    assert.match(version, /^[0-9a-f]{16}$/);
    assert.equal(makeManifest([...BUILT].reverse(), null).version, version);
    const changed = BUILT.map((built) => (built.file === 'pagefind/pagefind-ui.js' ? { ...built, hash: hashContent('other') } : built));
    assert.notEqual(makeManifest(changed, null).version, version);
    // The worker's own files do not count: the worker embeds the version.
    assert.equal(
      makeManifest(
        BUILT.filter((built) => built.file !== 'sw.js'),
        null,
      ).version,
      version,
    );
  });

  it('gives the worker the version, the base and the shell with hashes', () => {
    const build = makeWorkerBuild(makeManifest(BUILT, '2026-11-22'), '/errors/');
    assert.equal(build.base, '/errors/');
    assert.equal(build.manifest, 'offline-manifest.json');
    assert.deepEqual(build.shell[0], ['_astro/middleware.def456.css', hashContent('_astro/middleware.def456.css')]);
    assert.equal(build.shell.length, 12);
  });
});

describe('offline cache keys', () => {
  it('keys a page by its directory, however it was asked for', () => {
    assert.equal(getPageKey('tencent-im/10010/'), 'tencent-im/10010/');
    assert.equal(getPageKey('tencent-im/10010'), 'tencent-im/10010/');
    assert.equal(getPageKey('tencent-im/10010/index.html'), 'tencent-im/10010/');
    assert.equal(getPageKey(''), '');
    assert.equal(getPageKey('404.html'), '404.html');
  });

  it('serves only files named by their content cache-first', () => {
    assert.ok(isImmutablePath('_astro/page.abc123.js'));
    assert.ok(isImmutablePath('pagefind/fragment/zh-cn_0604b73.pf_fragment'));
    assert.ok(isImmutablePath('pagefind/pagefind.zh-cn_e26c9e5.pf_meta'));
    assert.ok(!isImmutablePath('pagefind/pagefind-entry.json'));
    assert.ok(!isImmutablePath('code-index.json'));
    assert.ok(isPagePath('tencent-im/') && isPagePath('') && isPagePath('404.html') && !isPagePath('catalog.json'));
  });
});
