package org.cti.convene.web.console;

import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's sign-in page. Spring Security handles the POST of the same address (fields {@code username}
 * and {@code password}) and sends failures back here with {@code ?error}, or {@code ?throttled=<seconds>}
 * after too many failures.
 */
@Controller
class LoginController {

    @GetMapping("/console/login")
    String login(ServerHttpRequest request, ServerHttpResponse response, Model model) {
        var query = request.getQueryParams();
        // "?error" has no value, so ask whether the parameter is there at all
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute(
                "notice", query.containsKey("welcome") ? "welcome" : query.containsKey("changed") ? "changed" : null);
        String throttled = query.getFirst("throttled");
        if (throttled != null && throttled.matches("\\d{1,5}")) {
            response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            response.getHeaders().set("Retry-After", throttled);
            model.addAttribute("throttledSeconds", Integer.parseInt(throttled));
        }
        return "console/login";
    }

    /** Check-in staff land on the door page; organisers and administrators on their events. */
    @GetMapping({"/console", "/console/"})
    String home(@AuthenticationPrincipal StaffUser user) {
        return user != null && user.role() == StaffRole.CHECKIN
                ? "redirect:/console/check-in"
                : "redirect:/console/events";
    }
}
