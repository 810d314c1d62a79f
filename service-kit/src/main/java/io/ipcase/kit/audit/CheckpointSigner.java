package io.ipcase.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs checkpoints with Ed25519 and checks their signatures (docs/domain.md, "Audit"). The key id is the first 16 hex
 * digits of the SHA-256 of the public key (X.509, base64): an operator keeps it beside the checkpoint file and checks
 * that every checkpoint names it.
 */
public final class CheckpointSigner {

    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String publicKey;
    private final String keyId;

    private CheckpointSigner(PrivateKey privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId(publicKey);
    }

    /**
     * @param privateKeyPkcs8 base64 PKCS#8
     * @param publicKeyX509   base64 X.509 SubjectPublicKeyInfo of the same key pair
     */
    public static CheckpointSigner of(String privateKeyPkcs8, String publicKeyX509) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyPkcs8.strip())));
            CheckpointSigner signer = new CheckpointSigner(privateKey, publicKeyX509.strip());
            if (!verify(signer.publicKey, "key pair check", signer.sign("key pair check"))) {
                throw new IllegalArgumentException("the audit signing key and its public key are not one key pair");
            }
            return signer;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the audit signing key is not a base64 PKCS#8 Ed25519 key with its X.509 public key", e);
        }
    }

    /** a new key pair, for the local stack and tests; production signs with a configured one */
    public static CheckpointSigner generated() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new CheckpointSigner(pair.getPrivate(), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the private key (base64 PKCS#8) and public key (base64 X.509) of a new pair, e.g. for a deployment's secret */
    public static String[] newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new String[] { Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** false for a wrong signature and for anything that is not a key or a signature at all */
    public static boolean verify(String publicKeyX509, String text, String signatureBase64) {
        if (publicKeyX509 == null || text == null || signatureBase64 == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyX509)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String keyId(String publicKeyX509) {
        return ChainHash.sha256(publicKeyX509 == null ? "" : publicKeyX509).substring(0, 16);
    }

    public String publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
