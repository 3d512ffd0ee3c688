package org.csapriority.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page signs in with a form and a session, so its changes need the CSRF token; an API client that sends its
 * own Basic credentials does not, unless the browser says the request comes from another site.
 */
class CsrfAndSignInTest extends WebTestSupport {

	private static final String CHANGE = "{\"changes\":[{\"op\":\"remove-horizon\",\"id\":\"hs-2022-vawg-strategy\"}]}";

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInFormIsRefusedWithoutItsToken() throws Exception {
		mvc.perform(post("/login").param("username", "wg").param("password", "wg-secret")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "wg").param("password", "wg-secret").with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
	}

	@Test
	void signingOutNeedsTheTokenToo() throws Exception {
		mvc.perform(post("/logout").with(user("wg").roles(Roles.WORKING_GROUP))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("wg").roles(Roles.WORKING_GROUP)).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void thePageSessionsCallsToTheApiNeedTheToken() throws Exception {
		mvc.perform(post("/api/scenarios/kent-2022-23.yaml/whatif").with(user("wg").roles(Roles.WORKING_GROUP))
			.contentType(MediaType.APPLICATION_JSON).content(CHANGE))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.problems[0].location").value("X-CSRF-TOKEN"));
		mvc.perform(post("/api/scenarios/kent-2022-23.yaml/whatif").with(user("wg").roles(Roles.WORKING_GROUP)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON).content(CHANGE))
			.andExpect(status().isOk());
	}

	@Test
	void basicCredentialsInTheRequestNeedNoTokenUnlessAnotherSiteSentIt() throws Exception {
		mvc.perform(post("/api/scenarios/kent-2022-23.yaml/whatif").with(httpBasic("wg", "wg-secret"))
			.contentType(MediaType.APPLICATION_JSON).content(CHANGE))
			.andExpect(status().isOk());
		mvc.perform(post("/api/scenarios/kent-2022-23.yaml/whatif").with(httpBasic("wg", "wg-secret"))
			.header("Sec-Fetch-Site", "cross-site").contentType(MediaType.APPLICATION_JSON).content(CHANGE))
			.andExpect(status().isForbidden());
	}

	@Test
	void basicRequestsCreateNoSession() throws Exception {
		var result = mvc.perform(get("/api/scenarios").with(httpBasic("auditor", "auditor-secret"))).andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void thePageSendsStrangersToSignInAndShowsAuditorsNoControls() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
		String auditorPage = mvc.perform(get("/").with(user("auditor").roles(Roles.AUDITOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(auditorPage).contains("Trying changes needs the working-group role").doesNotContain("id=\"save-variant\"");
		String workingGroupPage = mvc.perform(get("/").with(user("wg").roles(Roles.WORKING_GROUP)).session(new MockHttpSession()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(workingGroupPage).contains("id=\"save-variant\"", "name=\"csrf-token\"", "kent-2022-23.yaml");
	}
}
