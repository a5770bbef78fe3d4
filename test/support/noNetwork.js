/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with node --require, not compiled */
/**
 * Preload (`node --require test/support/noNetwork.js ...`) that cuts a child process off the network by
 * construction: every socket's connect fails at once with ECONNREFUSED, before any DNS lookup or packet.
 * HTTP, HTTPS and TLS all connect through net.Socket, so nothing leaves the machine.
 */
const net = require('net');

net.Socket.prototype.connect = function connectRefused() {
  const err = Object.assign(new Error('connect ECONNREFUSED (the network is cut off in this test)'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
  });
  process.nextTick(() => this.destroy(err));
  return this;
};
