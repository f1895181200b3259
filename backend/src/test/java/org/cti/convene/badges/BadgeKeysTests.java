package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.cti.convene.badges.VerifiedBadge.Invalid;
import org.cti.convene.badges.VerifiedBadge.Reason;
import org.cti.convene.badges.VerifiedBadge.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class BadgeKeysTests {

    final BadgeClaim claim = new BadgeClaim(UUID.randomUUID(), UUID.randomUUID(), 1);

    @Test
    void afterRotationTheNewKeySignsAndTheOldOneStillVerifies() {
        KeyPair first = BadgeKeys.newKeyPair();
        KeyPair second = BadgeKeys.newKeyPair();
        BadgeKeys before = new BadgeKeys(1, first.getPrivate(), Map.of(1, first.getPublic()));
        BadgeKeys after = new BadgeKeys(2, second.getPrivate(), Map.of(1, first.getPublic(), 2, second.getPublic()));
        String printedBefore = new BadgeSigner(before).sign(claim);

        String printedAfter = new BadgeSigner(after).sign(claim);

        BadgeVerifier verifier = new BadgeVerifier(after);
        assertThat(verifier.verify(printedBefore)).isEqualTo(new Valid(claim, 1));
        assertThat(verifier.verify(printedAfter)).isEqualTo(new Valid(claim, 2));
        // an instance not yet given the new key says so, rather than calling the badge forged
        assertThat(new BadgeVerifier(before).verify(printedAfter)).isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
    }

    @Test
    void aGeneratedKeyFileSurvivesARestart(@TempDir Path tmp) throws Exception {
        Path dataDir = tmp.resolve("data/dir");

        BadgeKeys generated = BadgeKeyFile.loadOrCreate(dataDir);
        String printed = new BadgeSigner(generated).sign(claim);
        BadgeKeys reloaded = BadgeKeyFile.loadOrCreate(dataDir);

        Path file = dataDir.resolve("badge-keys.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(reloaded.activeKeyId()).isEqualTo(generated.activeKeyId());
        assertThat(reloaded.signingKey().getEncoded())
                .isEqualTo(generated.signingKey().getEncoded());
        assertThat(reloaded.verificationKeys()).isEqualTo(generated.verificationKeys());
        assertThat(new BadgeVerifier(reloaded).verify(printed)).isEqualTo(new Valid(claim, 1));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void configuredKeysWithARetiredKey() {
        KeyPair retired = BadgeKeys.newKeyPair();
        KeyPair active = BadgeKeys.newKeyPair();
        String oldBadge =
                new BadgeSigner(new BadgeKeys(4, retired.getPrivate(), Map.of(4, retired.getPublic()))).sign(claim);

        BadgeKeys keys =
                ConfiguredBadgeKey.toBadgeKeys(List.of(entry(5, active, true), entry(4, retired, false)), null);

        assertThat(keys.activeKeyId()).isEqualTo(5);
        assertThat(new BadgeVerifier(keys).verify(oldBadge)).isEqualTo(new Valid(claim, 4));
        assertThat(new BadgeVerifier(keys).verify(new BadgeSigner(keys).sign(claim)))
                .isEqualTo(new Valid(claim, 5));
    }

    @Test
    void configurationMistakesStopTheStartWithoutPrintingKeys() {
        KeyPair a = BadgeKeys.newKeyPair();
        KeyPair b = BadgeKeys.newKeyPair();
        String secret = BadgeKeys.encode(a.getPrivate());

        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(List.of(entry(1, a, false)), null))
                .withMessageContaining("no privateKey");
        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(List.of(entry(1, a, true), entry(1, b, true)), null))
                .withMessageContaining("twice");
        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(List.of(entry(1, a, true)), 2))
                .withMessageContaining("not among");
        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(List.of(entry(300, a, true)), null))
                .withMessageContaining("0..255");
        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(
                        List.of(new ConfiguredBadgeKey(1, secret, BadgeKeys.encode(b.getPublic()))), null))
                .withMessageContaining("do not match")
                .withMessageNotContaining(secret);
        assertThatIllegalStateException()
                .isThrownBy(() -> ConfiguredBadgeKey.toBadgeKeys(
                        List.of(new ConfiguredBadgeKey(1, "not base64!", BadgeKeys.encode(a.getPublic()))), null))
                .withMessageContaining("badge key 1");
        assertThat(BadgeKeys.generate(1).toString()).isEqualTo("BadgeKeys[active=1, verifying=[1]]");
    }

    @Test
    void springConfigurationPrefersConfiguredKeys(@TempDir Path tmp) {
        KeyPair pair = BadgeKeys.newKeyPair();
        StandardEnvironment environment = environment(Map.of(
                "convene.data-dir", tmp.toString(),
                "convene.badges.active-key", "3",
                "convene.badges.keys[0].id", "3",
                "convene.badges.keys[0].private-key", BadgeKeys.encode(pair.getPrivate()),
                "convene.badges.keys[0].public-key", BadgeKeys.encode(pair.getPublic())));

        BadgeKeys keys = new BadgeConfiguration().badgeKeys(environment);

        assertThat(keys.activeKeyId()).isEqualTo(3);
        assertThat(keys.verificationKeys()).isEqualTo(Map.of(3, pair.getPublic()));
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void springConfigurationFallsBackToTheDataDirectory(@TempDir Path tmp) {
        StandardEnvironment environment = environment(Map.of("convene.data-dir", tmp.toString()));

        BadgeKeys first = new BadgeConfiguration().badgeKeys(environment);
        BadgeKeys second = new BadgeConfiguration().badgeKeys(environment);

        assertThat(tmp.resolve("badge-keys.properties")).isRegularFile();
        assertThat(second.verificationKeys()).isEqualTo(first.verificationKeys());
    }

    static ConfiguredBadgeKey entry(int id, KeyPair pair, boolean withPrivateKey) {
        return new ConfiguredBadgeKey(
                id, withPrivateKey ? BadgeKeys.encode(pair.getPrivate()) : null, BadgeKeys.encode(pair.getPublic()));
    }

    static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
