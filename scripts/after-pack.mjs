// electron-builder's afterPack hook (electron-builder.yml): flips Stipple's fuses in the packed
// binary, then reads them back and fails the build if any did not take.
import { flipFuses, FuseState, getCurrentFuseWire } from '@electron/fuses';
import { electronBinaryOf, STIPPLE_FUSES } from './fuses.mjs';

export async function applyFuses(binary) {
  await flipFuses(binary, STIPPLE_FUSES);
  const wire = await getCurrentFuseWire(binary);
  for (const [fuse, wanted] of Object.entries(STIPPLE_FUSES)) {
    if (!/^\d+$/.test(fuse)) continue; // version, resetAdHocDarwinSignature
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[fuse] !== expected) throw new Error(`The Electron fuse ${fuse} of ${binary} is ${wire[fuse]}, not ${expected}.`);
  }
}

export default async function afterPack(context) {
  await applyFuses(electronBinaryOf(context));
}
