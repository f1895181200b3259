package org.cti.convene.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cti.convene.common.CountryCode;
import org.cti.convene.common.LanguageCode;

/** A head of delegation registers the delegates of one State together; they are seated or wait together. */
@Schema(name = "DelegationRequest")
public record DelegationRequest(
        @NotBlank @CountryCode String countryCode,
        @NotNull @Valid Head head,
        @NotEmpty @Size(max = 50) List<@NotNull RegistrationRequest> delegates) {

    /** The person who manages the delegation; to attend, they also appear among the delegates. */
    public record Head(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,

            @NotBlank @LanguageCode String language) {}
}
