import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";

/** Hocuspocus message types (@hocuspocus/common). */
export const messageType = { sync: 0, awareness: 1, auth: 2, syncStatus: 8 } as const;
const authToken = 0;
export const authReply = { permissionDenied: 1, authenticated: 2 } as const;
const syncStep2 = 1;
const syncUpdate = 2;

export interface RawReply {
  type: number;
  /** For auth replies: the auth sub-type; for sync status: 1 when applied, 0 when refused. */
  subType: number;
  reason?: string;
}

/**
 * A websocket speaking the Hocuspocus protocol by hand, to send what a well-behaved
 * provider never would (updates from a read-only connection).
 */
export class RawHocuspocusSocket {
  readonly replies: RawReply[] = [];
  private constructor(
    private readonly socket: WebSocket,
    private readonly documentName: string,
  ) {
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === messageType.auth) {
        const subType = decoding.readVarUint(decoder);
        const reason = decoding.hasContent(decoder) ? decoding.readVarString(decoder) : undefined;
        this.replies.push({ type, subType, reason });
      } else if (type === messageType.syncStatus) {
        this.replies.push({ type, subType: decoding.readVarUint(decoder) });
      } else {
        this.replies.push({ type, subType: -1 });
      }
    });
  }

  static async open(url: string, documentName: string): Promise<RawHocuspocusSocket> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new RawHocuspocusSocket(socket, documentName);
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  authenticate(token: string): void {
    this.send((encoder) => {
      encoding.writeVarUint(encoder, messageType.auth);
      encoding.writeVarUint(encoder, authToken);
      encoding.writeVarString(encoder, token);
      encoding.writeVarString(encoder, "4.8.0");
    });
  }

  sendUpdate(update: Uint8Array, as: "update" | "syncStep2" = "update"): void {
    this.send((encoder) => {
      encoding.writeVarUint(encoder, messageType.sync);
      encoding.writeVarUint(encoder, as === "update" ? syncUpdate : syncStep2);
      encoding.writeVarUint8Array(encoder, update);
    });
  }

  sendBytes(bytes: Uint8Array): void {
    this.socket.send(bytes);
  }

  async waitForReply(match: (reply: RawReply) => boolean, timeoutMs = 5_000): Promise<RawReply> {
    const start = Date.now();
    for (;;) {
      const found = this.replies.find(match);
      if (found) return found;
      if (Date.now() - start > timeoutMs) throw new Error("no matching reply from the server");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.socket.close();
  }
}
