export declare const STIPPLE_FUSES: Readonly<Record<string | number, unknown>>;
export declare function electronBinaryOf(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName: string; appInfo: { productFilename: string } };
}): string;
