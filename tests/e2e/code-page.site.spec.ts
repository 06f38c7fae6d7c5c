import { expect, test } from './fixtures.ts';

test('a Tencent code page names the code, its meaning, system, domain and source', async ({ page, codePage }) => {
  const message = '群组不存在，或者曾经存在过，但是目前已经被解散。';
  await codePage.goto('tencent-im', '10010');
  await expect(codePage.title).toHaveText('10010 群组不存在');
  await expect(page).toHaveTitle(/^10010 群组不存在/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', message);
  await expect(codePage.message).toHaveText(message);
  await expect(codePage.fact('系统')).toHaveText('腾讯云 IM');
  await expect(codePage.fact('分类')).toHaveText('群组系统');
  await expect(codePage.source.getByRole('link')).toHaveAttribute('href', 'https://cloud.tencent.com/document/product/269/1671');
  await codePage.fact('分类').getByRole('link').click();
  await expect(page).toHaveURL(/\/tencent-im\/group\/#10010$/);
});

test('prev/next walk through the codes of the domain', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  await expect(codePage.previousLink).toContainText('10009');
  await codePage.nextLink.click();
  await expect(page).toHaveURL(/\/tencent-im\/10011\/$/);
  await expect(codePage.title).toHaveText(/^10011 /);
  await codePage.goto('tencent-im', '6001');
  await expect(codePage.previousLink).toHaveCount(0);
});

test('a WildfireChat code page shows the handling and the domain remarks', async ({ codePage }) => {
  await codePage.goto('wildfirechat', '7');
  await expect(codePage.title).toHaveText('7 被踢出');
  await expect(codePage.handling).toHaveText('多端登录被提出，或者server api把客户端踢掉');
  await expect(codePage.domainNotes).toHaveCount(3);
  await expect(codePage.source.getByRole('link')).toHaveAttribute('href', 'https://docs.wildfirechat.cn/server/error_code.html');
});

test('links inside a message lead to the original documentation', async ({ codePage }) => {
  await codePage.goto('tencent-im', '90002');
  const link = codePage.message.getByRole('link', { name: /TIMMsgElement/ });
  await expect(link).toHaveAttribute(
    'href',
    'https://www.qcloud.com/doc/product/269/%E6%B6%88%E6%81%AF%E6%A0%BC%E5%BC%8F%E6%8F%8F%E8%BF%B0',
  );
  await expect(codePage.message).toContainText('请参考TIMMsgElement');
});

test('codes with the identical message point to each other', async ({ codePage }) => {
  await codePage.goto('tencent-im', '60004');
  await expect(codePage.sameMessage).toHaveText(['60005']);
  await codePage.sameMessage.first().click();
  await expect(codePage.title).toHaveText(/^60005 /);
});
