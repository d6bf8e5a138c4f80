import fs from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { RoomTls } from './room';

/** A file's content, or an error that names the file and says what is wrong in words. */
function readPem(file: string, what: string, flag: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'this user may not read it' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new Error(`Cannot read the ${what} given with ${flag} (“${file}”): ${why}.`);
  }
}

/**
 * The room's certificate and key (`--cert`, `--key`), read and tried together before any server
 * starts, so a wrong file is a sentence at the prompt rather than a room nobody can reach.
 */
export function readRoomCertificate(certFile: string, keyFile: string): RoomTls {
  const cert = readPem(certFile, 'certificate', '--cert');
  const key = readPem(keyFile, 'private key', '--key');
  if (!cert.includes('-----BEGIN CERTIFICATE-----')) throw new Error(`The file given with --cert (“${certFile}”) is not a certificate in PEM form (it should start with “-----BEGIN CERTIFICATE-----”).`);
  if (!/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(key.toString('latin1'))) throw new Error(`The file given with --key (“${keyFile}”) is not a private key in PEM form (it should start with “-----BEGIN PRIVATE KEY-----”).`);
  try {
    createSecureContext({ cert, key });
  } catch (err) {
    const detail = (err as Error).message;
    const why = /key values mismatch/i.test(detail)
      ? 'the private key is not the one that belongs to the certificate'
      : /bad decrypt|passphrase/i.test(detail)
        ? 'the private key is protected by a passphrase; give one without'
        : `they cannot be used (${detail})`;
    throw new Error(`The certificate (“${certFile}”) and private key (“${keyFile}”) do not go together: ${why}.`);
  }
  return { cert, key };
}
