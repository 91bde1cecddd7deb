package localdescope

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"strings"
)

const (
	rsaKeyBits   = 2048
	maxTokenSize = 8 << 10
)

var b64 = base64.RawURLEncoding

// jwk is the public half of the signing key as published on /v2/keys.
type jwk struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	Alg string `json:"alg"`
	Use string `json:"use"`
	N   string `json:"n"`
	E   string `json:"e"`
}

type signingKey struct {
	priv *rsa.PrivateKey
	pub  jwk
}

func newSigningKey(priv *rsa.PrivateKey) *signingKey {
	n := b64.EncodeToString(priv.N.Bytes())
	e := b64.EncodeToString(big.NewInt(int64(priv.E)).Bytes())
	// RFC 7638 thumbprint (members in lexical order), shortened: stable for a
	// persisted key, different for a new one.
	sum := sha256.Sum256([]byte(`{"e":"` + e + `","kty":"RSA","n":"` + n + `"}`))
	kid := b64.EncodeToString(sum[:])[:22]
	return &signingKey{priv: priv, pub: jwk{Kty: "RSA", Kid: kid, Alg: "RS256", Use: "sig", N: n, E: e}}
}

// loadOrCreateKey reads path if it exists; otherwise it creates a key and,
// when path is set, writes it there with mode 0600.
func loadOrCreateKey(path string, log *slog.Logger) (*signingKey, error) {
	if path != "" {
		key, err := readKeyFile(path, log)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return key, err
		}
	}
	priv, err := rsa.GenerateKey(rand.Reader, rsaKeyBits)
	if err != nil {
		return nil, fmt.Errorf("localdescope: generate key: %w", err)
	}
	if path == "" {
		return newSigningKey(priv), nil
	}
	if err := writeKeyFile(path, priv); err != nil {
		if errors.Is(err, fs.ErrExist) { // another process won the race: use its key
			return readKeyFile(path, log)
		}
		return nil, err
	}
	log.Info("localdescope: wrote new signing key", "path", path)
	return newSigningKey(priv), nil
}

func readKeyFile(path string, log *slog.Logger) (*signingKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // keeps fs.ErrNotExist visible to the caller
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		log.Warn("localdescope: key file is readable by others; chmod 600 it", "path", path)
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("localdescope: %s holds no PEM block (delete it to generate a new key)", path)
	}
	var priv *rsa.PrivateKey
	switch block.Type {
	case "RSA PRIVATE KEY":
		priv, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "PRIVATE KEY":
		var k any
		if k, err = x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
			var ok bool
			if priv, ok = k.(*rsa.PrivateKey); !ok {
				err = errors.New("not an RSA key")
			}
		}
	default:
		err = fmt.Errorf("unsupported PEM type %q", block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("localdescope: parse %s: %w", path, err)
	}
	if priv.N.BitLen() < rsaKeyBits {
		return nil, fmt.Errorf("localdescope: %s: RSA key has %d bits, need at least %d", path, priv.N.BitLen(), rsaKeyBits)
	}
	return newSigningKey(priv), nil
}

// writeKeyFile creates path exclusively, so an existing key is never replaced.
func writeKeyFile(path string, priv *rsa.PrivateKey) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	block := &pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(priv)}
	if err := pem.Encode(f, block); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("localdescope: write key: %w", err)
	}
	return f.Close()
}

// sign returns a compact RS256 JWS of claims.
func (k *signingKey) sign(claims any) (string, error) {
	return k.signWithHeader(struct {
		Alg string `json:"alg"`
		Kid string `json:"kid"`
		Typ string `json:"typ"`
	}{"RS256", k.pub.Kid, "JWT"}, claims)
}

// signWithHeader signs claims with this key under any protected header.
func (k *signingKey) signWithHeader(head, claims any) (string, error) {
	header, err := json.Marshal(head)
	if err != nil {
		return "", err
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", err
	}
	signingInput := b64.EncodeToString(header) + "." + b64.EncodeToString(payload)
	digest := sha256.Sum256([]byte(signingInput))
	sig, err := rsa.SignPKCS1v15(rand.Reader, k.priv, crypto.SHA256, digest[:])
	if err != nil {
		return "", err
	}
	return signingInput + "." + b64.EncodeToString(sig), nil
}

var errBadToken = errors.New("malformed or wrongly signed token")

// verify checks that token is an RS256 JWS signed by this key and decodes
// its payload into claims. It checks no claim values.
func (k *signingKey) verify(token string, claims any) error {
	if len(token) > maxTokenSize {
		return errBadToken
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return errBadToken
	}
	var header struct {
		Alg string `json:"alg"`
		Kid string `json:"kid"`
	}
	if err := decodeSegment(parts[0], &header); err != nil || header.Alg != "RS256" || header.Kid != k.pub.Kid {
		return errBadToken
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return errBadToken
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if rsa.VerifyPKCS1v15(&k.priv.PublicKey, crypto.SHA256, digest[:], sig) != nil {
		return errBadToken
	}
	if decodeSegment(parts[1], claims) != nil {
		return errBadToken
	}
	return nil
}

func decodeSegment(seg string, v any) error {
	raw, err := b64.DecodeString(seg)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}
