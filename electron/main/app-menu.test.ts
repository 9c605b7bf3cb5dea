import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from './app-menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);

describe('the packaged app menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s offers no reload and no DevTools, but editing and quitting', (platform) => {
    const all = roles(appMenuTemplate(platform));
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(all).not.toContain(forbidden);
    expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'quit']));
  });
});
