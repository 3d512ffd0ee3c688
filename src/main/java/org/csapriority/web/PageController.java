package org.csapriority.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The working group's page and its sign-in page. The page draws itself from the API. */
@Controller
class PageController {

	private final ScenarioService scenarios;

	private final RoleHierarchy roles;

	PageController(ScenarioService scenarios, RoleHierarchy roles) {
		this.scenarios = scenarios;
		this.roles = roles;
	}

	@GetMapping("/")
	String page(Model model, Authentication user) {
		model.addAttribute("scenarios", scenarios.list());
		model.addAttribute("user", user.getName());
		model.addAttribute("canChange", has(user, Roles.WORKING_GROUP));
		model.addAttribute("isAdmin", has(user, Roles.ADMIN));
		return "index";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	private boolean has(Authentication user, String role) {
		return Roles.has(roles, user, role);
	}
}
