import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { focusSidebar } from '../../src/site/sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, attrs = {}): SidebarEntry => ({
  type: 'link',
  label,
  href,
  isCurrent: false,
  badge: undefined,
  attrs,
});
const group = (label: string, system: string, domains: string[]): SidebarEntry => ({
  type: 'group',
  label,
  collapsed: false,
  badge: undefined,
  entries: [
    link('概览', `/errors/${system}/`, { 'data-system': system }),
    ...domains.map((domain) => link(domain, `/errors/${system}/${domain}/`)),
  ],
});
const sidebar = [group('野火IM', 'wildfirechat', ['general']), group('腾讯云 IM', 'tencent-im', ['group', 'profile'])];

describe('focusSidebar', () => {
  it("keeps the current system's group and turns every other system into a link to its overview", () => {
    assert.deepEqual(focusSidebar(sidebar, 'tencent-im'), [link('野火IM', '/errors/wildfirechat/'), sidebar[1]]);
  });

  it('recognises a system by its id, not by its label or URL', () => {
    assert.deepEqual(focusSidebar(sidebar, 'wildfirechat'), [sidebar[0], link('腾讯云 IM', '/errors/tencent-im/')]);
    assert.deepEqual(focusSidebar(sidebar, '腾讯云 IM'), [
      link('野火IM', '/errors/wildfirechat/'),
      link('腾讯云 IM', '/errors/tencent-im/'),
    ]);
  });

  it('shows every system as one link on pages outside any system, and keeps links that are not systems', () => {
    const categories = link('按问题类别', '/errors/categories/');
    assert.deepEqual(focusSidebar([...sidebar, categories], undefined), [
      link('野火IM', '/errors/wildfirechat/'),
      link('腾讯云 IM', '/errors/tencent-im/'),
      categories,
    ]);
  });

  it("drops the domains' code counts when asked, on the pages of single codes", () => {
    const counted = group('腾讯云 IM', 'tencent-im', ['group']);
    const withCount: SidebarEntry = {
      type: 'group',
      label: '腾讯云 IM',
      collapsed: false,
      badge: undefined,
      entries: [
        link('概览', '/errors/tencent-im/', { 'data-system': 'tencent-im' }),
        {
          type: 'link',
          label: 'group',
          href: '/errors/tencent-im/group/',
          isCurrent: false,
          badge: { text: '3', variant: 'note' },
          attrs: {},
        },
      ],
    };
    const [focused] = focusSidebar([withCount], 'tencent-im', { counts: false });
    assert.deepEqual(focused, counted);
    assert.deepEqual(focusSidebar([withCount], 'tencent-im'), [withCount]);
  });
});
