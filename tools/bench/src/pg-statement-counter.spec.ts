import { frontendParser } from './pg-statement-counter';

/** A typed frontend message: type byte, int32 length (itself and the body), body. */
function message(type: string, body: string): Buffer {
  const b = Buffer.from(body);
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(b.length + 4, 1);
  return Buffer.concat([head, b]);
}

function startup(code: number, extra = ''): Buffer {
  const b = Buffer.from(extra);
  const head = Buffer.alloc(8);
  head.writeInt32BE(b.length + 8, 0);
  head.writeInt32BE(code, 4);
  return Buffer.concat([head, b]);
}

describe('frontendParser', () => {
  it('counts simple queries and executes after an SSL request and the startup, whatever the chunking', () => {
    const stream = Buffer.concat([
      startup(80877103), // SSLRequest: the client then sends its startup message again
      startup(196608, 'user\0postgres\0\0'),
      message('Q', 'BEGIN\0'),
      message('P', '\0SELECT 1\0\0\0'),
      message('B', '\0\0\0\0\0\0\0\0'),
      message('D', 'P\0'),
      message('E', '\0\0\0\0\0'),
      message('S', ''),
      message('E', '\0\0\0\0\0'), // a second run of the prepared statement
      message('Q', 'COMMIT\0'),
      message('X', ''),
    ]);
    // 2 simple queries + 2 executes = 4 statements, read whole or one byte at a time.
    let whole = 0;
    frontendParser(() => (whole += 1))(stream);
    let bytewise = 0;
    const parse = frontendParser(() => (bytewise += 1));
    for (let i = 0; i < stream.length; i++) parse(stream.subarray(i, i + 1));
    expect([whole, bytewise]).toEqual([4, 4]);
  });
});
