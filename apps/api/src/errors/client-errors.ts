import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { preferredLang } from '../i18n/accept-language';

/** What Node's parser refuses before a request reaches the app, by its error code: status, our code, zh-CN, en. */
const REFUSALS: Readonly<Record<string, readonly [number, string, string, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'headers-too-large', '请求头过大（地址、查询参数和请求头合计上限 16 KiB）', 'the request line and headers are too large (16 KiB together)'],
  HPE_URI_TOO_LONG: [414, 'uri-too-long', '请求地址过长', 'the request URI is too long'],
};
const MALFORMED = [400, 'malformed-request', '请求格式有误，无法解析', 'the request could not be parsed as HTTP'] as const;

/**
 * Answers what Node's HTTP parser refuses (headers over 16 KiB, a malformed request line) in the
 * API's one error shape, instead of Node's bare status line with no body, in the language the
 * raw request's Accept-Language asks for when the bytes received hold one (Chinese otherwise).
 */
export const answerClientErrors = (server: Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code, zh, en] = (error.code === undefined ? undefined : REFUSALS[error.code]) ?? MALFORMED;
    const asked = /^accept-language:[ \t]*([^\r\n]*)/im.exec(error.rawPacket?.toString('latin1') ?? '')?.[1];
    const lang = preferredLang(asked);
    const body = JSON.stringify({ statusCode: status, code, message: lang === 'en' ? en : zh });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Language: ${lang}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
};
