package org.cti.convene.web.console;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's sign-in page. Spring Security handles the POST of the same address (fields
 * {@code username} and {@code password}) and sends failures back here with {@code ?error}.
 */
@Controller
class LoginController {

    @GetMapping("/console/login")
    String login(ServerHttpRequest request, Model model) {
        // "?error" has no value, so ask whether the parameter is there at all
        model.addAttribute("failed", request.getQueryParams().containsKey("error"));
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:/console/events";
    }
}
