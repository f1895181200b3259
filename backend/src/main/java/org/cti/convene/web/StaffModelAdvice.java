package org.cti.convene.web;

import org.cti.convene.common.StaffUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The signed-in staff member, whom every console page names in its header next to the sign-out button. */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

    @ModelAttribute("staff")
    Mono<StaffUser> staff(ServerWebExchange exchange) {
        if (!exchange.getRequest().getPath().value().startsWith("/console")) {
            return Mono.empty();
        }
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(p -> ((Authentication) p).getPrincipal())
                .filter(StaffUser.class::isInstance)
                .cast(StaffUser.class);
    }
}
