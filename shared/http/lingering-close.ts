import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a closing connection keeps reading what its client still sends. */
const LINGER_MS = 5_000;

/**
 * Node closes a connection it answered with `Connection: close` (a 413, a refused upload) as soon
 * as the answer is written, and a socket closed with bytes still unread answers the client's next
 * bytes with a reset: a client still uploading gets EPIPE and never reads the answer that was
 * already sent. As HTTP servers do (nginx's lingering close), the answer is sent with a FIN, what
 * the client still sends is read and thrown away, and the socket is destroyed once the client
 * closes its side or after LINGER_MS.
 *
 * Node's parser reads the socket only as fast as the request's body is consumed, and the refused
 * body's consumer (the web stream a middleware opened to look at it) pauses the request once its
 * queue is full: neither the bytes nor the client's close came, and every such connection was
 * held the whole LINGER_MS. So the request is drained the way Node drains a body nobody asked for
 * (its consumers dropped, the stream resumed); Node then reads the socket again by itself.
 * Starting the handle's reading by hand instead made Node start it a second time (EALREADY) and
 * destroy the socket with a reset, the failure this close exists to prevent.
 */
export function closeConnectionsLingering(server: Server): void {
  const requests = new WeakMap<Socket, IncomingMessage>();
  server.on('request', (request: IncomingMessage) => requests.set(request.socket, request));
  server.on('connection', (socket: Socket) => {
    socket.destroySoon = () => {
      if (socket.destroyed) return;
      if (socket.readableEnded) {
        socket.destroy();
        return;
      }
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      timer.unref();
      socket.once('end', () => socket.destroy());
      socket.once('close', () => clearTimeout(timer));
      socket.end();
      drain(requests.get(socket));
    };
  });
}

function drain(request: IncomingMessage | undefined): void {
  if (!request || request.complete) return;
  request.removeAllListeners('data');
  request.resume();
}
