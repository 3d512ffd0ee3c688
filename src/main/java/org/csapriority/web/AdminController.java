package org.csapriority.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.csapriority.engine.RuleBase;

@RestController
@Tag(name = "Administration")
class AdminController {

	private final RuleBaseHolder rules;

	AdminController(RuleBaseHolder rules) {
		this.rules = rules;
	}

	/**
	 * Rules come only from the rules folder on the server: no rule text is ever accepted over HTTP. The body
	 * must be JSON ({}), which another site's form cannot send, so a browser that remembers Basic credentials
	 * cannot be led into a reload.
	 */
	@PostMapping(path = "/api/admin/rules/reload", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recompile the rules folder from disk; on a compile error keep serving the old rules and list the errors")
	Reloaded reload() {
		RuleBase fresh = rules.reload();
		return new Reloaded("reloaded", fresh.catalogue().size(), fresh.fileHashes());
	}

	record Reloaded(String status, int rules, Map<String, String> files) {
	}
}
