import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { AdapterFailureError } from '../event-store.errors';

/**
 * A signed statement of the log head: "the global chain up to `position` hashes to
 * `chainHash`". Anyone holding the public key can check it later; forging one needs the private
 * key, which is kept outside the database.
 */
export type SignedCheckpoint = Readonly<{
  position: bigint;
  chainHash: string;
  /** ISO-8601 UTC. */
  signedAt: string;
  /** Why it was written: 'periodic', 'ResultsPublished results-2026-… @ 123', 'import', … */
  reason: string;
  /** The signer's Ed25519 public key, SPKI DER in base64. */
  publicKey: string;
  /** Ed25519 signature (base64) over {@link checkpointMessage}. */
  signature: string;
}>;

export type UnsignedCheckpoint = Omit<SignedCheckpoint, 'publicKey' | 'signature'>;

/** The exact bytes a checkpoint signature covers. */
export const checkpointMessage = (checkpoint: UnsignedCheckpoint): Buffer =>
  Buffer.from(
    `kaoping-log-head/1\n${checkpoint.position.toString()}\n${checkpoint.chainHash}\n${checkpoint.signedAt}\n${checkpoint.reason}`,
    'utf8',
  );

const publicKeyText = (key: KeyObject): string => key.export({ format: 'der', type: 'spki' }).toString('base64');

/** Signs log checkpoints with an Ed25519 private key; verifies them with its public key. */
export class LogSigner {
  /** SPKI DER, base64: what {@link SignedCheckpoint.publicKey} holds. */
  readonly publicKey: string;
  private readonly privateKey: KeyObject;

  private constructor(privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new AdapterFailureError(`the log signing key must be an Ed25519 private key, not ${privateKey.asymmetricKeyType ?? 'a secret key'}`, {});
    }
    this.privateKey = privateKey;
    this.publicKey = publicKeyText(createPublicKey(privateKey));
  }

  /** From a PKCS#8 PEM text (`-----BEGIN PRIVATE KEY-----`). */
  static fromPem(pem: string): LogSigner {
    return new LogSigner(createPrivateKey({ key: pem, format: 'pem' }));
  }

  /** A new random key; {@link pem} gives its text to keep. */
  static generate(): LogSigner {
    return new LogSigner(generateKeyPairSync('ed25519').privateKey);
  }

  /** The private key as PKCS#8 PEM, to store in a file readable by the service only. */
  pem(): string {
    return this.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  }

  sign(checkpoint: UnsignedCheckpoint): SignedCheckpoint {
    return {
      ...checkpoint,
      publicKey: this.publicKey,
      signature: sign(null, checkpointMessage(checkpoint), this.privateKey).toString('base64'),
    };
  }
}

/**
 * Whether `checkpoint` carries a valid signature by `publicKey` (SPKI DER base64; default: the
 * key the checkpoint names, which only proves it was signed by *some* key).
 */
export const checkpointSignatureValid = (checkpoint: SignedCheckpoint, publicKey: string = checkpoint.publicKey): boolean => {
  if (checkpoint.publicKey !== publicKey) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, checkpointMessage(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
};
