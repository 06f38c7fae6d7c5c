import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { main } from '../../scripts/explain.ts';

/** What `npm run explain -- <text>` prints and returns, against the real catalog. */
async function explain(text: string): Promise<{ status: number; out: string[]; err: string[] }> {
  const out = mock.method(console, 'log', () => undefined);
  const err = mock.method(console, 'error', () => undefined);
  try {
    const status = await main([text]);
    const lines = (calls: typeof out.mock.calls) => calls.map((call) => String(call.arguments[0]));
    return { status, out: lines(out.mock.calls), err: lines(err.mock.calls) };
  } finally {
    out.mock.restore();
    err.mock.restore();
  }
}

describe('explain', () => {
  it('prints each code found, tab-separated, and exits 0', async () => {
    const { status, out } = await explain('{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}');
    assert.equal(status, 0);
    assert.match(out[0]!, /^70001\t腾讯云 IM\t[^\t]+\t\/tencent-im\/70001\/\tJSON 字段 ErrorCode/);
  });

  it('reads a number the catalog lacks as the lookup box does, and places it by its digits', async () => {
    const { status, out, err } = await explain('错误码：９０９９９');
    assert.equal(status, 1);
    assert.deepEqual(out, []);
    assert.equal(err[0], 'The catalog has no code 90999.');
    assert.match(err[1] ?? '', /^By its digits it may belong to 腾讯云 IM \S+: \/tencent-im\/[a-z0-9-]+\/$/);
  });

  it('offers codes whose message matches when the text names none', async () => {
    const { status, err } = await explain('sdk not init');
    assert.equal(status, 1);
    assert.equal(err[0], 'No catalog code found in the text.');
    assert.equal(err[1], 'Codes whose message matches its error text:');
  });
});
