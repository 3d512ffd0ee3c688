package org.csapriority.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration
@OpenAPIDefinition(info = @Info(title = "CSA Priority Engine", version = "0.1",
		description = "Assess a county Community Safety Agreement scenario, try what-if changes against the adopted baseline "
				+ "(never written), read any item's justification trail, save named variants, measure how robust a recommendation "
				+ "is in a background job, record runs in the audit trail. Errors are "
				+ "{status, error, message, problems:[{location, message}]}."),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {
}
