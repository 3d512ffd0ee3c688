package org.csapriority.web;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.csapriority.audit.AuditService;
import org.csapriority.audit.AuditSettings;

/**
 * The audit trail the server records into: {@code csa.audit.url} (with {@code csa.audit.user} and
 * {@code csa.audit.password}; or CSA_AUDIT_URL ... in the environment) for a shared PostgreSQL database, else
 * the embedded file under {@code csa.data}. The database is opened on first use, so a server whose audit
 * database is down still answers every question and says that runs are not being recorded.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

	@Bean(destroyMethod = "close")
	AuditService auditService(Environment env) {
		String url = env.getProperty(AuditSettings.URL_PROPERTY);
		AuditSettings settings = url != null && !url.isBlank()
				? AuditSettings.of(url, env.getProperty(AuditSettings.USER_PROPERTY), env.getProperty(AuditSettings.PASSWORD_PROPERTY))
				: AuditSettings.embedded(Path.of(env.getProperty("csa.data", "data")));
		return AuditService.open(settings);
	}
}
