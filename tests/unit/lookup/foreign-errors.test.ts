import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findForeignLines, isOnForeignLine } from '../../../src/lookup/foreign-errors.ts';

const read = (text: string) => findForeignLines(text).map(({ domain, code }) => [domain, code]);

test('findForeignLines names the error domain and its number', () => {
  assert.deepEqual(read('Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."'), [['NSURLErrorDomain', '-1001']]);
  assert.deepEqual(read('Error Domain=NSPOSIXErrorDomain Code=61 "Connection refused"'), [['NSPOSIXErrorDomain', '61']]);
  assert.deepEqual(read("{ errno: -110, code: 'ETIMEDOUT' }"), [['errno', '-110']]);
  assert.deepEqual(read('Fatal signal 11 (SIGSEGV), code 1'), [['signal', '11']]);
  assert.deepEqual(read('Process finished with exit code 137'), [['exit code', '137']]);
  assert.deepEqual(read('HTTP/1.1 502 Bad Gateway'), [['HTTP', '502']]);
  assert.deepEqual(read("ERROR 1045 (28000): Access denied for user 'root'@'localhost'"), [['SQL', '1045']]);
  assert.deepEqual(read('SQLSTATE[HY000] [2002] Connection refused'), [['SQL', '2002']]);
  assert.deepEqual(read('{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}'), [
    ['微信开放接口', '40001'],
  ]);
  assert.deepEqual(read('融云 错误码 31004'), [['融云', '31004']]);
  assert.deepEqual(read('钉钉 errcode 60011'), [['钉钉', '60011']]);
  assert.deepEqual(read('Agora RTC error code 110'), [['Agora RTC', '110']]);
  assert.deepEqual(read('Twilio error 20003 authentication failed'), [['其他 IM 与通信服务', '20003']]);
});

test("a web server's or Windows sockets' numbers are theirs", () => {
  assert.deepEqual(read('nginx 502'), [['Web 服务器', '502']]);
  assert.deepEqual(read('HTTP error 502'), [['HTTP', '502']]);
  assert.deepEqual(read('HttpErrorResponse 502'), [], 'a class name is not the words');
  assert.deepEqual(read('WSAECONNRESET 10054'), [['Winsock', '10054']]);
  assert.deepEqual(read('socket error 10060'), [['Winsock', '10060']]);
  assert.deepEqual(read('error 10054'), [], 'alone it may be Tencent IM 10054');
});

test("Agora Chat is Easemob's: only Agora's RTC is another domain", () => {
  assert.deepEqual(read('Agora Chat error 204'), []);
  assert.deepEqual(read('声网 IM 错误码 204'), []);
  assert.deepEqual(read('声网 错误码 109'), [['Agora RTC', '109']]);
});

test('IM pastes are not foreign, and only the marked line is', () => {
  assert.deepEqual(read('{"ErrorCode":70001,"ErrorInfo":"sig expired"}'), []);
  assert.deepEqual(read('errno 7013'), [], 'errno alone labels an IM code');
  const text = 'tim code: 6012\nNSURLErrorDomain Code=-1001';
  const lines = findForeignLines(text);
  assert.equal(isOnForeignLine({ start: 10, end: 14 }, lines), false);
  assert.equal(isOnForeignLine({ start: 37, end: 42 }, lines), true);
});
