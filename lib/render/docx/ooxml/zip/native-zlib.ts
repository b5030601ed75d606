/**
 * Node's zlib, when there is one. It is native and several times faster than fflate at
 * DEFLATE and CRC-32; reaching it through `process.getBuiltinModule` (Node 20.16+) instead of
 * an import keeps lib/ free of Node imports, so a browser bundle simply finds none and the
 * callers fall back to fflate.
 */
type NativeZlib = {
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?(data: Uint8Array): number;
};

type ProcessWithBuiltins = { getBuiltinModule?: (id: string) => unknown };

export const nativeZlib: NativeZlib | undefined = (
  globalThis as { process?: ProcessWithBuiltins }
).process?.getBuiltinModule?.("node:zlib") as NativeZlib | undefined;
