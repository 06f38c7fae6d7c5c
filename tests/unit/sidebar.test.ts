import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { focusSidebar } from '../../src/site/sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string): SidebarEntry => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, system: string, domains: string[]): SidebarEntry => ({
  type: 'group',
  label,
  collapsed: false,
  badge: undefined,
  entries: [link('概览', `/errors/${system}/`), ...domains.map((domain) => link(domain, `/errors/${system}/${domain}/`))],
});
const sidebar = [group('野火IM', 'wildfirechat', ['general']), group('腾讯云 IM', 'tencent-im', ['group', 'profile'])];

describe('focusSidebar', () => {
  it("keeps the current system's group and turns every other system into a link to its overview", () => {
    assert.deepEqual(focusSidebar(sidebar, '/errors/tencent-im/'), [link('野火IM', '/errors/wildfirechat/'), sidebar[1]]);
  });

  it('matches the system whether or not its URL ends with a slash', () => {
    assert.deepEqual(focusSidebar(sidebar, '/errors/wildfirechat'), [sidebar[0], link('腾讯云 IM', '/errors/tencent-im/')]);
  });

  it('leaves the whole sidebar on pages outside any system', () => {
    assert.equal(focusSidebar(sidebar, '/errors/404/'), sidebar);
  });
});
