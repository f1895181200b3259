package org.cti.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;

/**
 * A tool a test needs from the machine (Chromium, zbarimg, python3). On a developer's machine without it the
 * test is skipped with the reason; in CI ({@code CI=true}, which {@code .ci/run} sets) it fails, so a missing
 * package never turns a suite green by skipping what it should check.
 */
public final class RequiredTool {

    private RequiredTool() {}

    public static void assumePresent(boolean present, String missing) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("CI needs this: %s", missing).isTrue();
        }
        Assumptions.assumeTrue(present, missing);
    }
}
