// The Electron fuses Stipple's packaged app is built with (flipped in electron-builder's afterPack,
// scripts/after-pack.mjs): the binary cannot be run as plain Node, takes no NODE_OPTIONS or
// --inspect, loads only its own asar, checks that asar's integrity, and encrypts its cookies.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const STIPPLE_FUSES = Object.freeze({
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // Stipple's page loads from file:// but needs nothing beyond what a sandboxed page gets.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // macOS arm64: flipping fuses breaks the ad-hoc signature; re-sign it (real signing follows).
  resetAdHocDarwinSignature: true,
});

/** The Electron binary electron-builder just packed, for each platform. */
export function electronBinaryOf({ appOutDir, electronPlatformName, packager }) {
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  const ext = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[electronPlatformName] ?? '';
  return `${appOutDir}/${name}${ext}`;
}
