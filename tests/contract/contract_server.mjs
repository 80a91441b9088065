// The theke-server under test: started in test mode on an ephemeral port with 200 demo customers and two
// enrollment codes in a throwaway data directory, stopped (and the directory removed) at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { agent, port, usePort } from './contract_http.mjs';

let serverPath;
let dataDir; // created when the server starts: a usage error leaves nothing behind
export const enrollCodes = ['CONTRACT-1', 'CONTRACT-2'];
let server;

export function useServer(executable) {
  serverPath = executable;
}

export function startServer() {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theke-contract-'));
  return new Promise((resolvePromise, reject) => {
    const argv = ['--data', dataDir, '--listen', '127.0.0.1:0', '--test-mode', '--demo-customers', '200',
      '--seed', '7', ...enrollCodes.flatMap((c) => ['--enroll-code', c])];
    server = spawn(serverPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QT_LOGGING_RULES: 'theke.*.debug=false' } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s: ${err.slice(-500)}`)), 30000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on http:\/\/[^:]+:(\d+)/);
      if (m && !port) {
        usePort(Number(m[1]));
        clearTimeout(timer);
        resolvePromise();
      }
    });
    server.stderr.on('data', (d) => {
      err += d;
      if (err.length > 20000) err = err.slice(-10000);
    });
    server.on('exit', (codeNo) => {
      clearTimeout(timer);
      if (!port) reject(new Error(`server exited with ${codeNo}: ${err.slice(-500)}`));
    });
  });
}

export function stopServer() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  agent.destroy();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
