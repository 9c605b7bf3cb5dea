// The packaged app's menu: editing and window commands only. No View menu, so no reload (which
// would drop a half-typed form's screen) and no DevTools. Pure, so the template is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';

export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const window: MenuItemConstructorOptions = { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };
  if (platform !== 'darwin') return [{ label: 'File', submenu: [{ role: 'quit' }] }, edit, window];
  return [
    {
      label: 'Stipple',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    edit,
    window,
  ];
}
