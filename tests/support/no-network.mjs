// Preloaded into the CLI by tests/no-network.test.ts: any attempt to open a socket, resolve a name
// or fetch makes the process exit with code 99 and say what was tried.
import net from 'node:net';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import dgram from 'node:dgram';

function forbid(what) {
  return function forbidden() {
    process.stderr.write(`NETWORK ACCESS ATTEMPTED: ${what}\n`);
    process.exit(99);
  };
}

net.Socket.prototype.connect = forbid('net.Socket.connect');
net.connect = net.createConnection = forbid('net.connect');
tls.connect = forbid('tls.connect');
http.request = http.get = forbid('http.request');
https.request = https.get = forbid('https.request');
dgram.createSocket = forbid('dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']) {
  dns[name] = forbid(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = forbid(`dns.promises.${name}`);
}
globalThis.fetch = forbid('fetch');
globalThis.WebSocket = forbid('WebSocket');
