import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONFIDENT_MIN_SCORE } from '../../../src/lookup/scores.ts';
import { getTop } from '../../helpers/paste-fixtures.ts';

test('scores follow the strength of the mark', () => {
  const label = getTop('错误码 6013').score;
  const name = getTop('ERR_SDK_NOT_INITIALIZED').score;
  const callback = getTop('onError(6013, sdk not init)').score;
  const errorWord = getTop('初始化报错6013').score;
  const bare = getTop('6013').score;
  const longLog = getTop('12:00:01.200 I/App: open conversation\n12:00:01.514 I/App: messages loaded\n12:00:02.001 W/App: step 6013').score;
  assert.ok(label > name && name > callback && callback > errorWord && errorWord > bare && bare > longLog);
  assert.ok(longLog < CONFIDENT_MIN_SCORE);
});
