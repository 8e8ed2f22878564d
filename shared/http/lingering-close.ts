import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a closing connection keeps reading what its client still sends. */
const LINGER_MS = 5_000;

/** The socket's libuv handle: reading may have been stopped under a body nobody read. */
interface HandledSocket extends Socket {
  _handle?: { readStart?: () => number } | null;
}

/**
 * Node closes a connection it answered with `Connection: close` (a 413, a refused upload) as soon
 * as the answer is written, and a socket closed with bytes still unread answers the client's next
 * bytes with a reset: a client still uploading gets EPIPE and never reads the answer that was
 * already sent. As HTTP servers do (nginx's lingering close), the answer is sent with a FIN, what
 * the client still sends is read and thrown away, and the socket is destroyed once the client
 * closes its side or after LINGER_MS. Reading is started again on the handle itself: under a
 * refused body nobody read, Node's parser had stopped it, and neither the bytes nor the client's
 * close came, so every such connection (and its buffers) was held the whole LINGER_MS.
 */
export function closeConnectionsLingering(server: Server): void {
  server.on('connection', (socket: HandledSocket) => {
    socket.destroySoon = () => {
      if (socket.destroyed) return;
      if (socket.readableEnded) {
        socket.destroy();
        return;
      }
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      timer.unref();
      // Taken and dropped: the client's close ('end') only comes once what it sent is read.
      socket.on('data', () => {});
      socket.once('end', () => socket.destroy());
      socket.once('close', () => clearTimeout(timer));
      socket.end();
      socket.resume();
      socket._handle?.readStart?.();
    };
  });
}
