package org.cti.convene.badges;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Badge keys from {@code convene.badges.keys} (with {@code convene.badges.active-key}), or else from the key
 * file in {@code convene.data-dir}; and the signer, verifier and renderer built on them.
 */
@Configuration(proxyBeanMethods = false)
class BadgeConfiguration {

    private static final Log log = LogFactory.getLog(BadgeConfiguration.class);

    @Bean
    BadgeKeys badgeKeys(Environment environment) {
        Binder binder = Binder.get(environment);
        List<ConfiguredBadgeKey> configured = binder.bind(
                        "convene.badges.keys", Bindable.listOf(ConfiguredBadgeKey.class))
                .orElse(List.of());
        if (!configured.isEmpty()) {
            Integer active =
                    binder.bind("convene.badges.active-key", Integer.class).orElse(null);
            BadgeKeys keys = ConfiguredBadgeKey.toBadgeKeys(configured, active);
            log.info("Badge keys from configuration: " + keys);
            return keys;
        }
        Path dataDir = Path.of(environment.getProperty("convene.data-dir", ".convene"));
        return BadgeKeyFile.loadOrCreate(dataDir);
    }

    @Bean
    BadgeSigner badgeSigner(BadgeKeys keys) {
        return new BadgeSigner(keys);
    }

    @Bean
    BadgeVerifier badgeVerifier(BadgeKeys keys) {
        return new BadgeVerifier(keys);
    }

    @Bean
    BadgeRenderer badgeRenderer() {
        return new BadgeRenderer();
    }
}
