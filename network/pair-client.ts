// A workstation pairs with the hub: it looks at the hub's certificate first (sending nothing),
// checks it against the last group of the code, then sends its name and the proof made from the
// code and that certificate (api/pairing-code.ts) over a connection that trusts only that
// certificate. What comes back is its device credential.
import https from 'node:https';
import tls from 'node:tls';
import { fingerprintOf, fingerprintPrefix, pairingProof, parsePairingCode } from '../api/pairing-code';
import { parseHubAddress, pinnedAgent, unreachable, type HubLink } from './hub-client';
import { PAIR_PATH } from './wire';

/** A refusal in a plain sentence; `field`: what to correct (the first-run screen shows it beside that field). */
export class PairingError extends Error {
  constructor(
    message: string,
    readonly field: 'address' | 'code' = 'code',
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 10_000;

export async function pairWithHub(request: { address: string; code: string; name: string }): Promise<HubLink> {
  const code = parsePairingCode(request.code);
  if (!code) throw new PairingError('That is not a pairing code: it is 12 letters and digits in three groups, such as K7QF-92XM-3A8C.');
  let hubAt: { host: string; port: number };
  try {
    hubAt = parseHubAddress(request.address);
  } catch (error) {
    throw new PairingError(error instanceof Error ? error.message : String(error), 'address');
  }
  const { host, port } = hubAt;
  const seen = await certificateAt(host, port, request.address);
  if (fingerprintPrefix(seen.fingerprint) !== code.prefix) {
    throw new PairingError(
      `The computer at ${request.address} is not the hub that made this code: its certificate does not match the code's last group. ` +
        'Nothing was sent. Check the address and the code with the owner.',
      'address',
    );
  }
  const body = Buffer.from(JSON.stringify({ name: request.name, proof: pairingProof(code.secret, seen.fingerprint) }), 'utf8');
  const agent = pinnedAgent(seen.certPem, seen.fingerprint, false);
  try {
    const answer = await new Promise<{ ok?: boolean; data?: { credential?: unknown }; error?: { message?: string } }>((resolve, reject) => {
      const req = https.request(
        {
          host,
          port,
          method: 'POST',
          path: PAIR_PATH,
          agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as never);
            } catch (error) {
              reject(unreachable(request.address, error));
            }
          });
        },
      );
      req.setTimeout(TIMEOUT_MS, () => req.destroy(Object.assign(new Error('timeout'), { code: 'STIPPLE_TIMEOUT' })));
      req.on('error', (error) => reject(unreachable(request.address, error)));
      req.end(body);
    });
    if (!answer.ok || typeof answer.data?.credential !== 'string') {
      throw new PairingError(answer.error?.message ?? 'The hub refused to pair this workstation.');
    }
    return { address: request.address, fingerprint: seen.fingerprint, certPem: seen.certPem, credential: answer.data.credential };
  } finally {
    agent.destroy();
  }
}

/** The certificate the computer at host:port shows, read from the TLS handshake alone. */
function certificateAt(host: string, port: number, address: string): Promise<{ certPem: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    // Not trusted yet on purpose: it is only looked at, and checked against the code, before anything is sent.
    const socket = tls.connect({ host, port, rejectUnauthorized: false, minVersion: 'TLSv1.3' }, () => {
      const der = socket.getPeerCertificate(true).raw;
      socket.destroy();
      if (!der) return reject(unreachable(address, Object.assign(new Error('no certificate'), { code: 'ERR_TLS_NO_CERT' })));
      const certPem = `-----BEGIN CERTIFICATE-----\n${der
        .toString('base64')
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END CERTIFICATE-----\n`;
      resolve({ certPem, fingerprint: fingerprintOf(der) });
    });
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(Object.assign(new Error('timeout'), { code: 'STIPPLE_TIMEOUT' })));
    socket.on('error', (error) => reject(unreachable(address, error)));
  });
}
