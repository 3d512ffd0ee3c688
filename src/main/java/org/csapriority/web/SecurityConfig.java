package org.csapriority.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. The page: form login with a session, every change protected by a CSRF token (forms carry it
 * as a field, the page's fetch calls as the X-CSRF-TOKEN header). The API: HTTP Basic on every request,
 * no session created, and CSRF-exempt only while the request itself carries the credentials (see
 * {@link #csrfApplies}). The page's own calls to the API use its session and therefore need the token.
 */
@Configuration
class SecurityConfig {

	/** The page and its scripts load only from this server; nothing may frame it. */
	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Roles.ADMIN).implies(Roles.WORKING_GROUP)
			.role(Roles.WORKING_GROUP).implies(Roles.AUDITOR)
			.build();
	}

	@Bean
	AuthenticationProvider authenticationProvider(WebSettings settings) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(
				new InMemoryUserDetailsManager(UserAccounts.from(settings, System.out)));
		dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new CachedCredentials(dao);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ErrorWriter errors) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/admin/**").hasRole(Roles.ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/scenarios/*/whatif", "/api/variants", "/api/scenarios/*/runs",
						"/api/runs/*/decisions", "/api/scenarios/*/robustness").hasRole(Roles.WORKING_GROUP)
				.requestMatchers(HttpMethod.DELETE, "/api/robustness/*").hasRole(Roles.WORKING_GROUP)
				.requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").hasRole(Roles.AUDITOR)
				.anyRequest().denyAll())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> unauthenticated(request, response, errors)))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::csrfApplies))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, ex) -> unauthenticated(request, response, errors))
				.accessDeniedHandler(denied(errors)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain page(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	/**
	 * A change needs a CSRF token unless the request carries its own Basic credentials and does not come from
	 * another site's page. A forged request can only ride on what the browser adds by itself: the session
	 * cookie (so it needs the token), or Basic credentials the browser remembered, and then the browser also
	 * says Sec-Fetch-Site: cross-site. The API's bodies must be application/json besides, which another site's
	 * page cannot send here without a CORS preflight this server never grants.
	 */
	static boolean csrfApplies(HttpServletRequest request) {
		if (!CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		boolean ownCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		String site = request.getHeader("Sec-Fetch-Site");
		return !ownCredentials || (site != null && FOREIGN_SITES.contains(site));
	}

	/**
	 * 401 in the API's error shape. The Basic challenge goes to API clients only: the page's own calls say
	 * X-Requested-With, and a challenge there would pop up the browser's password dialog over the page.
	 */
	private static void unauthenticated(HttpServletRequest request, HttpServletResponse response, ErrorWriter errors)
			throws IOException {
		if (request.getHeader("X-Requested-With") == null) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"CSA Priority Engine\"");
		}
		String message = "sign in first: send HTTP Basic credentials, or sign in on the page";
		errors.write(response, HttpStatus.UNAUTHORIZED, message, List.of(new ApiError.Problem("Authorization", message)));
	}

	private static AccessDeniedHandler denied(ErrorWriter errors) {
		return (request, response, ex) -> {
			String message = ex instanceof CsrfException
					? "this change needs the page's CSRF token (X-CSRF-TOKEN header): reload the page and try again"
					: "your role does not allow " + request.getMethod() + " " + request.getRequestURI()
							+ " (auditors read; the working group also tries what-ifs, runs robustness analyses, records runs and saves variants; admins also reload rules)";
			errors.write(response, HttpStatus.FORBIDDEN, message, List.of(new ApiError.Problem(
					ex instanceof CsrfException ? "X-CSRF-TOKEN" : "role", message)));
		};
	}
}
