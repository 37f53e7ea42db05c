package dev.irc.targets.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The bytes of a cache entry: the program's shared object (ELF, loadable as it stands: the
 * dynamic loader reads only what its headers point at), then its {@link ProgramMetadata}, then
 * a footer: magic {@code IRCCACHE}, format {@link #VERSION}, the two lengths and the SHA-256 of
 * everything before the footer. {@link #read} accepts only bytes whose lengths add up and whose
 * hash matches, so a truncated or corrupt entry is never loaded.
 */
final class EntryFormat {
  /** Bumped whenever the layout, the metadata or the context ABI changes. */
  static final int VERSION = 1;
  private static final byte[] MAGIC = "IRCCACHE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int FOOTER = MAGIC.length + Integer.BYTES + Long.BYTES + Integer.BYTES + 32;

  /** A checked entry: its shared object's length (the object is the file's first bytes) and metadata. */
  record Parsed(long objectLength, ProgramMetadata metadata) {}

  private EntryFormat() {}

  /** The entry for {@code sharedObject} and {@code metadata}. */
  static byte[] write(byte[] sharedObject, ProgramMetadata metadata) {
    byte[] meta = metadata.encode();
    var buffer = ByteBuffer.allocate(sharedObject.length + meta.length + FOOTER);
    buffer.put(sharedObject).put(meta);
    byte[] hash = sha256(buffer.array(), sharedObject.length + meta.length);
    buffer.put(MAGIC).putInt(VERSION).putLong(sharedObject.length).putInt(meta.length).put(hash);
    return buffer.array();
  }

  /** Checks and parses an entry; throws {@link IOException} saying what is wrong with it. */
  static Parsed read(byte[] entry) throws IOException {
    if (entry.length < FOOTER) {
      throw new IOException("truncated (" + entry.length + " bytes)");
    }
    var footer = ByteBuffer.wrap(entry, entry.length - FOOTER, FOOTER);
    byte[] magic = new byte[MAGIC.length];
    footer.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("no entry footer (truncated or not an irc cache entry)");
    }
    int version = footer.getInt();
    if (version != VERSION) {
      throw new IOException("format " + version + ", expected " + VERSION);
    }
    long objectLength = footer.getLong();
    int metaLength = footer.getInt();
    byte[] hash = new byte[32];
    footer.get(hash);
    if (objectLength < 0 || metaLength < 0 || objectLength + metaLength + FOOTER != entry.length) {
      throw new IOException("lengths do not match the file size");
    }
    if (!MessageDigest.isEqual(hash, sha256(entry, (int) (objectLength + metaLength)))) {
      throw new IOException("checksum mismatch (corrupt)");
    }
    byte[] meta = Arrays.copyOfRange(entry, (int) objectLength, (int) objectLength + metaLength);
    return new Parsed(objectLength, ProgramMetadata.decode(meta));
  }

  static byte[] sha256(byte[] bytes, int length) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
