// Preloaded into the CLI by tests/no-network.test.ts: any attempt to open a socket, resolve a name
// or fetch makes the process exit with code 99 and say what was tried. It guards worker threads
// too (Node does not run --import in workers, so each worker is started through this module), and
// named imports of the built-in modules (`import { lookup } from 'node:dns'`), which are refreshed
// after patching.
import net from 'node:net';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import tls from 'node:tls';
import dgram from 'node:dgram';
import workerThreads from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exit code of a worker thread that tried the network: the main thread then exits with 99 too. */
const CAUGHT = 99;

function forbid(what) {
  return function forbidden() {
    process.stderr.write(`NETWORK ACCESS ATTEMPTED: ${what}${workerThreads.isMainThread ? '' : ' (in a worker thread)'}\n`);
    process.exit(CAUGHT); // in a worker, this ends the worker with 99: see GuardedWorker
  };
}

net.Socket.prototype.connect = forbid('net.Socket.connect');
net.connect = net.createConnection = forbid('net.connect');
// Listening opens a socket too (and would let something call in).
net.Server.prototype.listen = forbid('net.Server.listen');
tls.connect = forbid('tls.connect');
http.request = http.get = forbid('http.request');
https.request = https.get = forbid('https.request');
http2.connect = forbid('http2.connect');
dgram.createSocket = forbid('dgram.createSocket');
// Every lookup and resolve function, on the module, its promises API and both Resolver classes.
for (const target of [dns, dns.promises, dns.Resolver.prototype, dns.promises.Resolver.prototype]) {
  for (const name of Object.getOwnPropertyNames(target)) {
    if (/^(lookup|lookupService|resolve|reverse)/.test(name) && typeof target[name] === 'function') target[name] = forbid(`dns.${name}`);
  }
}
globalThis.fetch = forbid('fetch');
globalThis.WebSocket = forbid('WebSocket');
globalThis.EventSource = forbid('EventSource');

// Workers: load this module first, then the worker's own code.
const self = JSON.stringify(import.meta.url);
const OriginalWorker = workerThreads.Worker;
workerThreads.Worker = class GuardedWorker extends OriginalWorker {
  constructor(filename, options = {}) {
    if (options.eval) {
      super(`import(${self}).then(() => { ${filename}\n })`, options);
      return;
    }
    const url = filename instanceof URL ? filename.href : isAbsolute(String(filename)) || /^\.\.?[\\/]/.test(String(filename)) ? pathToFileURL(resolve(String(filename))).href : String(filename);
    super(`import(${self}).then(() => import(${JSON.stringify(url)}))`, { ...options, eval: true });
  }
};
// Declared after the class so that both constructor paths above get the listener.
const GuardedWorker = workerThreads.Worker;
workerThreads.Worker = class extends GuardedWorker {
  constructor(filename, options) {
    super(filename, options);
    this.on('exit', (code) => {
      if (code !== CAUGHT) return;
      process.stderr.write('NETWORK ACCESS ATTEMPTED: in a worker thread\n');
      process.exit(CAUGHT);
    });
  }
};

syncBuiltinESMExports();
