# Convene — the commands a newcomer needs. Every target uses the Maven wrapper and Temurin's JDK 25.
SHELL := /bin/bash
JAVA_HOME ?= $(firstword $(wildcard /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*))
export JAVA_HOME
MVN := ./mvnw -B -ntp

.PHONY: run test verify format clean bench bench-checkin mail-previews screenshots package

## Build and start Convene on an embedded PostgreSQL with demo data; mail is captured under .convene/mail
run:
	$(MVN) -q -DskipTests install
	cd backend && CONVENE_DATA_DIR="$${CONVENE_DATA_DIR:-$(CURDIR)/.convene}" ../mvnw -B -ntp -q spring-boot:run -Dspring-boot.run.profiles=demo -Dspring-boot.run.jvmArguments="--enable-native-access=ALL-UNNAMED"

## The whole test suite (what CI runs)
test:
	$(MVN) test

## Format check, tests and architecture checks (Spring Modulith verify + ArchUnit run inside the tests)
verify:
	$(MVN) verify

## Apply the formatter
format:
	$(MVN) spotless:apply

## Build the runnable jar (backend/target/backend-*.jar)
package:
	$(MVN) -DskipTests package

## Benchmarks against a real PostgreSQL (not part of CI); results go to docs/benchmarks.md
bench:
	bash bench/run.sh
	bash bench/checkin.sh

## Only the badge and check-in benchmarks: 1,000 badges into one PDF, scans/s and latency of POST /api/v1/check-in
bench-checkin:
	bash bench/checkin.sh

## Render a sample of every mail in every language to email-templates/target/previews
mail-previews:
	$(MVN) -q -pl email-templates test -Dtest=MailPreviewsTests -Dconvene.mail.previews=true

## Screenshots of the main pages (desktop and phone, English and Arabic) into docs/screenshots
screenshots:
	$(MVN) -q -pl backend -am test -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false

clean:
	$(MVN) -q clean
	rm -rf .convene
