export declare function jsonConsole(
  logger: {
    error: (...args: unknown[]) => void;
    warn: (...args: unknown[]) => void;
    info: (...args: unknown[]) => void;
  },
  target?: Console,
): void;
