// The hub's own TLS certificate: ECDSA P-256, self-signed, made on the hub's first start and kept
// beside its database. Workstations pin its SHA-256 fingerprint at pairing (no certificate
// authority, no internet), so it must stay the same across restarts.
//
// Where the private key lives, and why: in `<database>.hub-key` (600), encrypted with AES-256-GCM
// under a key derived (HKDF) from the database key. Not in the database: an export writes every
// table as plain CSV, and a restore replaces every row, which would swap the hub's identity and
// break every workstation's pin. Encrypted with the database key, the file is useless without it,
// and whoever has that key can read every chart anyway. The certificate (public) is `<database>.hub-cert.pem`.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import * as asn from '@peculiar/asn1-x509';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fingerprintOf } from '../api/pairing-code';
import type { DatabaseKey } from '../db/cipher';

export interface HubCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate's DER, AB:CD:… (what Node's getPeerCertificate().fingerprint256 gives). */
  fingerprint: string;
}

export const certificateFileFor = (databaseFile: string) => `${databaseFile}.hub-cert.pem`;
export const keyFileFor = (databaseFile: string) => `${databaseFile}.hub-key`;

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const VALID_YEARS = 20;

/** The hub's certificate and key: read from beside the database, or made on first start. */
export function loadOrCreateHubCertificate(databaseFile: string, databaseKey: DatabaseKey, now: Date = new Date()): HubCertificate {
  const certFile = certificateFileFor(databaseFile);
  const keyFile = keyFileFor(databaseFile);
  if (fs.existsSync(certFile) || fs.existsSync(keyFile)) return readHubCertificate(databaseFile, databaseKey);
  const made = makeSelfSigned(now);
  // The key first, created exclusively: two hubs starting at once cannot both write one.
  fs.writeFileSync(keyFile, JSON.stringify(encryptKey(made.keyPem, databaseKey)), { mode: 0o600, flag: 'wx' });
  fs.writeFileSync(certFile, made.certPem, { mode: 0o600, flag: 'wx' });
  return made;
}

export function readHubCertificate(databaseFile: string, databaseKey: DatabaseKey): HubCertificate {
  const certFile = certificateFileFor(databaseFile);
  const keyFile = keyFileFor(databaseFile);
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
    throw new Error(
      `The hub's certificate is incomplete (${fs.existsSync(certFile) ? keyFile : certFile} is missing). ` +
        'Put the file back from where it was copied; workstations paired with this hub will not trust a new one.',
    );
  }
  if (process.platform !== 'win32' && (fs.statSync(keyFile).mode & 0o077) !== 0) {
    throw new Error(`${keyFile} can be read by other users of this computer. Make it private (chmod 600 "${keyFile}") and try again.`);
  }
  const certPem = fs.readFileSync(certFile, 'utf8');
  let keyPem: string;
  try {
    keyPem = decryptKey(JSON.parse(fs.readFileSync(keyFile, 'utf8')) as SealedKey, databaseKey);
  } catch {
    throw new Error(`${keyFile} does not open with this database's key: it belongs to another database, or is damaged.`);
  }
  const cert = new crypto.X509Certificate(certPem);
  if (!cert.checkPrivateKey(crypto.createPrivateKey(keyPem))) throw new Error(`${keyFile} is not the key of ${certFile}.`);
  return { certPem, keyPem, fingerprint: cert.fingerprint256 };
}

/** A new self-signed ECDSA P-256 certificate: the key by node:crypto, the ASN.1 by @peculiar/asn1-x509. */
export function makeSelfSigned(now: Date, commonName = 'Stipple hub'): HubCertificate {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = new asn.Name([
    new asn.RelativeDistinguishedName([
      new asn.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn.AttributeValue({ utf8String: commonName }) }),
    ]),
  ]);
  const algorithm = new asn.AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const extension = (extnID: string, value: object) =>
    new asn.Extension({ extnID, critical: true, extnValue: new OctetString(AsnConvert.serialize(value)) });
  const tbsCertificate = new asn.TBSCertificate({
    version: asn.Version.v3,
    // Positive (top bit clear) and unique: 16 random bytes.
    serialNumber: new Uint8Array([0x01, ...crypto.randomBytes(15)]).buffer,
    signature: algorithm,
    issuer: name,
    subject: name,
    validity: new asn.Validity({ notBefore: new Date(now.getTime() - 60 * 60_000), notAfter }),
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), asn.SubjectPublicKeyInfo),
    extensions: new asn.Extensions([
      extension(asn.id_ce_basicConstraints, new asn.BasicConstraints({ cA: false })),
      extension(asn.id_ce_keyUsage, new asn.KeyUsage(asn.KeyUsageFlags.digitalSignature)),
    ]),
  });
  const signature = crypto.sign('sha256', Buffer.from(AsnConvert.serialize(tbsCertificate)), privateKey);
  const der = Buffer.from(
    AsnConvert.serialize(
      new asn.Certificate({ tbsCertificate, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(signature).buffer }),
    ),
  );
  const certPem = `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END CERTIFICATE-----\n`;
  return { certPem, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, fingerprint: fingerprintOf(der) };
}

interface SealedKey {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}

function wrappingKey(databaseKey: DatabaseKey): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', Buffer.from(databaseKey, 'hex'), Buffer.alloc(0), 'stipple hub certificate key', 32));
}

function encryptKey(keyPem: string, databaseKey: DatabaseKey): SealedKey {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', wrappingKey(databaseKey), iv);
  const data = Buffer.concat([cipher.update(keyPem, 'utf8'), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

function decryptKey(sealed: SealedKey, databaseKey: DatabaseKey): string {
  const decipher = crypto.createDecipheriv('aes-256-gcm', wrappingKey(databaseKey), Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
}
