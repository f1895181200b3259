package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** "Who is coming from which State": counts by status, country and UN M49 region. */
@IntegrationTest
class AttendeeCountsTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void everyIsoCountryHasAnM49RegionAndOnlyAntarcticaHasNone() {
        Map<String, String> mapping = UnRegions.mapping();

        assertThat(mapping.keySet()).containsAll(Set.of(Locale.getISOCountries()));
        assertThat(mapping.values()).allMatch(r -> UnRegions.REGIONS.contains(r) || r.equals(UnRegions.OTHER));
        assertThat(mapping.entrySet().stream()
                        .filter(e -> e.getValue().equals(UnRegions.OTHER))
                        .map(Map.Entry::getKey))
                .as("M49 gives Antarctica no region")
                .containsExactly("AQ");
        assertThat(Map.of(
                        "SN",
                        "Africa",
                        "EG",
                        "Africa",
                        "MX",
                        "Americas",
                        "GL",
                        "Americas",
                        "CN",
                        "Asia",
                        "TR",
                        "Asia",
                        "CY",
                        "Asia",
                        "RU",
                        "Europe",
                        "FJ",
                        "Oceania",
                        "AU",
                        "Oceania"))
                .allSatisfy((code, region) ->
                        assertThat(UnRegions.of(code)).as(code).isEqualTo(region));
        assertThat(UnRegions.of("XK")).as("a code the file does not know").isEqualTo("Other");
        assertThat(UnRegions.of(null)).isEqualTo("Other");
        assertThat(UnRegions.of("sn")).isEqualTo("Africa");
    }

    @Test
    void countsLiveRegistrationsByCountryAndRegionAndAllByStatus() {
        UUID event = PublishedEvents.open(organiser, 4, true, true);
        register(event, "SN");
        register(event, "SN");
        register(event, "GH");
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/approve", register(event, "FJ"))
                .exchange()
                .expectStatus()
                .isOk();
        register(event, "MX"); // full from here: waiting
        register(event, "FR");
        organiser
                .post()
                .uri("/api/v1/admin/registrations/{id}/decline", register(event, "JP"))
                .exchange()
                .expectStatus()
                .isOk();

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/counts", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(7)
                .jsonPath("$.byStatus.PENDING_APPROVAL")
                .isEqualTo(3)
                .jsonPath("$.byStatus.CONFIRMED")
                .isEqualTo(1)
                .jsonPath("$.byStatus.WAITLISTED")
                .isEqualTo(2)
                .jsonPath("$.byStatus.DECLINED")
                .isEqualTo(1)
                .jsonPath("$.byStatus.CANCELLED")
                .isEqualTo(0)
                .jsonPath("$.byCountry.length()")
                .isEqualTo(5)
                .jsonPath("$.byCountry[0].code")
                .isEqualTo("SN")
                .jsonPath("$.byCountry[0].name")
                .isEqualTo("Senegal")
                .jsonPath("$.byCountry[0].region")
                .isEqualTo("Africa")
                .jsonPath("$.byCountry[0].count")
                .isEqualTo(2)
                .jsonPath("$.byGroup[0].group")
                .isEqualTo("AFRICAN")
                .jsonPath("$.byGroup[0].count")
                .isEqualTo(3)
                .jsonPath("$.byCountry[?(@.code == 'JP')]")
                .isEmpty()
                .jsonPath("$.byCountry[?(@.code == 'FJ')].confirmed")
                .isEqualTo(List.of(1))
                .jsonPath("$.byRegion[*].region")
                .isEqualTo(List.of("Africa", "Americas", "Asia", "Europe", "Oceania"))
                .jsonPath("$.byRegion[0].count")
                .isEqualTo(3)
                .jsonPath("$.byRegion[1].count")
                .isEqualTo(1)
                .jsonPath("$.byRegion[2].count")
                .isEqualTo(0)
                .jsonPath("$.byRegion[3].count")
                .isEqualTo(1)
                .jsonPath("$.byRegion[3].waitlisted")
                .isEqualTo(1)
                .jsonPath("$.byRegion[4].confirmed")
                .isEqualTo(1);
    }

    @Test
    void countryNamesFollowTheReadersLanguage() {
        UUID event = PublishedEvents.open(organiser, 4, true, false);
        register(event, "SN");

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/counts", event)
                .header("Accept-Language", "fr")
                .exchange()
                .expectBody()
                .jsonPath("$.byCountry[0].name")
                .isEqualTo("Sénégal")
                .jsonPath("$.byCountry[0].region")
                .isEqualTo("Africa");
    }

    @Test
    void countsByRegionalGroupAddUpToTheLiveTotal() {
        var tallies = List.of(
                new AttendeeRepository.Tally("SN", RegistrationStatus.CONFIRMED, 3),
                new AttendeeRepository.Tally("TR", RegistrationStatus.CONFIRMED, 1),
                new AttendeeRepository.Tally("KI", RegistrationStatus.WAITLISTED, 1),
                new AttendeeRepository.Tally("PS", RegistrationStatus.PENDING_APPROVAL, 2),
                new AttendeeRepository.Tally("HK", RegistrationStatus.CONFIRMED, 1),
                new AttendeeRepository.Tally("RU", RegistrationStatus.DECLINED, 4));

        AttendeeCounts counts = AttendeeLists.counts(tallies, Locale.ENGLISH);

        assertThat(counts.byGroup())
                .extracting(AttendeeCounts.GroupCount::group)
                .containsExactly(
                        "AFRICAN",
                        "ASIA_PACIFIC",
                        "EASTERN_EUROPEAN",
                        "LATIN_AMERICAN_CARIBBEAN",
                        "WESTERN_EUROPEAN_OTHERS",
                        "OBSERVER",
                        "OTHER");
        assertThat(counts.byGroup())
                .extracting(AttendeeCounts.GroupCount::count)
                .containsExactly(3L, 1L, 0L, 0L, 1L, 2L, 1L);
        assertThat(counts.byGroup().stream()
                        .mapToLong(AttendeeCounts.GroupCount::count)
                        .sum())
                .isEqualTo(counts.live());
    }

    @Test
    void anUnknownCodeCountsUnderOtherAfterTheFiveRegions() {
        var tallies = List.of(
                new AttendeeRepository.Tally("AQ", RegistrationStatus.CONFIRMED, 2),
                new AttendeeRepository.Tally("KE", RegistrationStatus.CANCELLED, 5));

        AttendeeCounts counts = AttendeeLists.counts(tallies, Locale.ENGLISH);

        assertThat(counts.total()).isEqualTo(7);
        assertThat(counts.live()).isEqualTo(2);
        assertThat(counts.byRegion())
                .extracting(AttendeeCounts.RegionCount::region)
                .containsExactly("Africa", "Americas", "Asia", "Europe", "Oceania", "Other");
        assertThat(counts.byRegion().getLast().count()).isEqualTo(2);
        assertThat(counts.byRegion().getFirst().count())
                .as("cancelled ones are not coming")
                .isZero();
        assertThat(counts.byCountry())
                .extracting(AttendeeCounts.CountryCount::code)
                .containsExactly("AQ");
    }

    private String register(UUID event, String country) {
        Map<String, Object> body = Delegates.person("Delegate", "From " + country, country);
        body.put("email", "count-" + UUID.randomUUID() + "@example.org");
        Map<?, ?> result = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) result.get("id");
    }
}
