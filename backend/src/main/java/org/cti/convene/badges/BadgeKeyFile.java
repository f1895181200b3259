package org.cti.convene.badges;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The badge keys of a deployment that configures none: generated on first start and kept in
 * {@code <data-dir>/badge-keys.properties}, readable by the owner only, so a restart still verifies the badges
 * printed before it. Losing the file means reprinting every badge; it belongs in the same backup as the database.
 */
final class BadgeKeyFile {

    static final String FILE_NAME = "badge-keys.properties";
    static final int GENERATED_KEY_ID = 1;

    private static final Log log = LogFactory.getLog(BadgeKeyFile.class);
    private static final Pattern PUBLIC_ENTRY = Pattern.compile("key\\.(\\d{1,3})\\.public");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private BadgeKeyFile() {}

    static BadgeKeys loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(dataDir);
            BadgeKeys keys = BadgeKeys.generate(GENERATED_KEY_ID);
            if (!publish(write(keys, dataDir), file)) {
                // another instance sharing the data directory created it first: use its keys, not ours
                return read(file);
            }
            log.info("Generated badge signing key " + GENERATED_KEY_ID + " in " + file.toAbsolutePath()
                    + "; back it up: badges signed with it cannot be verified without it");
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the badge key file " + file.toAbsolutePath(), e);
        }
    }

    static BadgeKeys read(Path file) throws IOException {
        warnIfReadableByOthers(file);
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            props.load(in);
        }
        List<ConfiguredBadgeKey> entries = new ArrayList<>();
        for (String name : new TreeSet<>(props.stringPropertyNames())) {
            Matcher m = PUBLIC_ENTRY.matcher(name);
            if (m.matches()) {
                String id = m.group(1);
                entries.add(new ConfiguredBadgeKey(
                        Integer.valueOf(id), props.getProperty("key." + id + ".private"), props.getProperty(name)));
            }
        }
        String active = props.getProperty("active-key");
        try {
            return ConfiguredBadgeKey.toBadgeKeys(entries, active == null ? null : Integer.valueOf(active.strip()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("badge key file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Path write(BadgeKeys keys, Path dir) throws IOException {
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, ".badge-keys", ".tmp", attributes);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
            out.write("# Convene badge signing keys (Ed25519; Base64 PKCS#8 private, X.509 public).\n");
            out.write("# Secret. Keep it with the database backup: without it printed badges no longer verify.\n");
            out.write("# To rotate, add key.<id>.private/public (id 0-255), point active-key at it, and keep\n");
            out.write("# the old key.<id>.public so the badges it signed still verify.\n");
            out.write("active-key=" + keys.activeKeyId() + "\n");
            out.write("key." + keys.activeKeyId() + ".private=" + BadgeKeys.encode(keys.signingKey()) + "\n");
            out.write("key." + keys.activeKeyId() + ".public="
                    + BadgeKeys.encode(keys.verificationKeys().get(keys.activeKeyId())) + "\n");
        }
        return tmp;
    }

    /**
     * Moves the finished temporary file into place without ever replacing an existing one: a hard link fails
     * atomically if the name is taken, so two instances starting together cannot each keep a different key.
     * Returns false if the file was already there.
     */
    private static boolean publish(Path tmp, Path file) throws IOException {
        try {
            Files.createLink(file, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            try {
                Files.move(tmp, file);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                log.warn("Badge key file " + file.toAbsolutePath() + " is readable by others ("
                        + PosixFilePermissions.toString(perms) + "); it should be rw-------");
            }
        }
    }
}
